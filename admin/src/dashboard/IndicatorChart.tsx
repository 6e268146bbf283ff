/**
 * An indicator's approved figures over the term against its goal: a band
 * for a range (7–7,5%), a line for a threshold (≥ 65%). A running total for
 * term totals, since that is what the goal counts.
 */
import { useMemo } from "react";
import { useLocaleState, useTranslate } from "react-admin";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatNumber, formatValue, toNumber } from "../common/format";
import { yearlyFigures, type ChartFigure, type ChartIndicator } from "./chart-data";

/** The default export is what LazyIndicatorChart loads on demand. */
export default function IndicatorChart({
  indicator,
  figures,
  termStartYear = 2021,
  termEndYear = 2025,
  height = 64,
  compact = true,
}: {
  indicator: ChartIndicator;
  figures: ChartFigure[];
  termStartYear?: number;
  termEndYear?: number;
  height?: number;
  compact?: boolean;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const min = toNumber(indicator.targetMin);
  const max = toNumber(indicator.targetMax);
  const cumulative = indicator.kind === "TERM_TOTAL";

  const data = useMemo(() => {
    const byYear = yearlyFigures(figures);
    let total = 0;
    const rows = [];
    for (let year = termStartYear; year <= termEndYear; year++) {
      const value = byYear.get(year);
      if (value !== undefined) total += value;
      rows.push({
        year: String(year),
        value: value ?? null,
        total: cumulative && value !== undefined ? total : null,
      });
    }
    return rows;
  }, [figures, termStartYear, termEndYear, cumulative]);

  const values = data.flatMap((d) => [d.value, d.total]).filter((v): v is number => v !== null);
  const goalValues = [min, max].filter((v): v is number => v !== null);
  const lower = Math.min(0, ...values, ...goalValues);
  const upper = Math.max(...values, ...goalValues, 1) * 1.1;
  const series = cumulative ? "total" : "value";
  const band = indicator.comparator === "BETWEEN" && min !== null && max !== null && min !== max;
  const line =
    indicator.comparator === "AT_LEAST"
      ? min
      : indicator.comparator === "BETWEEN"
        ? band
          ? null
          : min
        : max;

  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart
        data={data}
        margin={
          compact
            ? { top: 4, right: 4, bottom: 0, left: 4 }
            : { top: 8, right: 16, bottom: 8, left: 8 }
        }
      >
        {compact ? null : <CartesianGrid strokeDasharray="3 3" vertical={false} />}
        <XAxis dataKey="year" hide={compact} tick={{ fontSize: 12 }} />
        <YAxis
          hide={compact}
          domain={[lower, upper]}
          tick={{ fontSize: 12 }}
          tickFormatter={(v: number) => formatNumber(v, locale, 1)}
          width={70}
        />
        {band ? (
          <ReferenceArea
            y1={min!}
            y2={max!}
            fill="#2e7d32"
            fillOpacity={0.15}
            ifOverflow="extendDomain"
          />
        ) : null}
        {line !== null ? (
          <ReferenceLine
            y={line}
            stroke="#2e7d32"
            strokeDasharray="4 3"
            ifOverflow="extendDomain"
          />
        ) : null}
        <Tooltip
          formatter={(value) => [
            formatValue(value as number, indicator.unit, locale),
            translate(cumulative ? "app.chart.total" : "app.chart.value"),
          ]}
          labelFormatter={(label) => `${translate("app.chart.year")} ${label}`}
          contentStyle={{ fontSize: 12, padding: "2px 8px" }}
        />
        {indicator.kind === "END_OF_TERM_LEVEL" ? (
          <Line
            type="monotone"
            dataKey={series}
            stroke="#1f4e79"
            strokeWidth={2}
            dot={{ r: compact ? 2 : 4 }}
            connectNulls
            isAnimationActive={false}
          />
        ) : (
          <Bar
            dataKey={series}
            fill="#1f4e79"
            maxBarSize={compact ? 14 : 40}
            isAnimationActive={false}
          />
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
