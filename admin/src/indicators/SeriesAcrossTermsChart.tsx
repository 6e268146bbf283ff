/**
 * An indicator's approved yearly figures over its own term and those of its predecessors, one
 * colour per term, with a dashed line where a new term begins. Loaded on demand (recharts).
 */
import { useLocaleState, useTranslate } from "react-admin";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatNumber, formatValue } from "../common/format";
import type { TermSeries } from "./SeriesAcrossTerms";

/** The indicator's own term stands out; earlier terms are greyed. */
const CURRENT = "#1f4e79";
const EARLIER = ["#8a9bb0", "#b0bec5"];

export default function SeriesAcrossTermsChart({
  terms,
  unit,
  height = 260,
}: {
  terms: TermSeries[];
  unit: string;
  height?: number;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const label = (t: TermSeries) =>
    translate("terms.term", { term: `${t.termStartYear}–${t.termEndYear}` });
  const rows: Record<string, string | number | null>[] = [];
  terms.forEach((t, k) => {
    const values = new Map(t.points.map((p) => [p.year, Number(p.value)]));
    for (let year = t.termStartYear + 1; year <= t.termEndYear; year++)
      rows.push({ year: String(year), [`t${k}`]: values.get(year) ?? null });
  });
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={rows} margin={{ top: 16, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="year" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
        <YAxis
          tick={{ fontSize: 12 }}
          tickFormatter={(v: number) => formatNumber(v, locale, 1)}
          width={64}
        />
        <Tooltip
          formatter={(value, name) => [
            formatValue(value as number, unit, locale),
            label(terms[Number(String(name).slice(1))]),
          ]}
          labelFormatter={(year) => `${translate("app.chart.year")} ${year}`}
          contentStyle={{ fontSize: 12, padding: "2px 8px" }}
        />
        <Legend formatter={(name) => label(terms[Number(String(name).slice(1))])} />
        {terms.slice(1).map((t) => (
          <ReferenceLine
            key={t.indicatorId}
            x={String(t.termStartYear + 1)}
            stroke="#c62828"
            strokeDasharray="5 4"
            label={{ value: label(t), position: "insideTopLeft", fontSize: 11, fill: "#c62828" }}
            data-testid="term-boundary"
          />
        ))}
        {terms.map((t, k) => (
          <Bar
            key={t.indicatorId}
            dataKey={`t${k}`}
            fill={k === terms.length - 1 ? CURRENT : EARLIER[k % EARLIER.length]}
            maxBarSize={36}
            isAnimationActive={false}
          />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
