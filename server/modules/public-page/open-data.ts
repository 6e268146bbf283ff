/** The approved figures for reuse, as CSV and JSON, with the licence they are published under. */
import { csvDocument } from "../../common/csv";
import type { PublicData } from "./public-page.data";
import { words } from "./public-page.i18n";

export const LICENCE = {
  name: "Creative Commons Attribution 4.0 International (CC BY 4.0)",
  url: "https://creativecommons.org/licenses/by/4.0/",
};

interface OpenFigure {
  targetNumber: number;
  indicatorCode: string;
  indicatorName: string;
  unit: string;
  year: number;
  period: string;
  value: string;
  valueKind: string;
  /** YYYY-MM-DD, when the source gives it. */
  reportedOn: string | null;
  /** The latest approved version of its period and kind (progress counts it); false: since replaced. */
  current: boolean;
  /** As reported before conversion into the indicator's unit (value = reportedValue / conversionRate). */
  reportedValue: string | null;
  reportedUnit: string | null;
  conversionRate: string | null;
  rateSource: string | null;
  methodologyNote: string | null;
  source: string;
  agency: string;
  approvedAt: string | null;
}

function rows(data: PublicData): OpenFigure[] {
  const indicators = new Map(data.indicators.map((i) => [i.id, i]));
  const targets = new Map(data.targets.map((t) => [t.id, t]));
  const out: OpenFigure[] = [];
  for (const m of data.figures) {
    const indicator = indicators.get(m.indicatorId);
    if (!indicator) continue; // an inactive indicator's figures are not on the page either
    const agency = data.agencies.get(m.agencyId);
    out.push({
      targetNumber: targets.get(indicator.targetId)!.number,
      indicatorCode: indicator.code,
      indicatorName: indicator.name,
      unit: indicator.unit,
      year: m.year,
      period: m.period,
      value: m.value,
      valueKind: m.valueKind,
      reportedOn: m.reportedOn,
      current: data.current.has(m.id),
      reportedValue: m.reportedValue,
      reportedUnit: m.reportedUnit,
      conversionRate: m.conversionRate,
      rateSource: m.rateSource,
      methodologyNote: m.methodologyNote,
      source: m.source,
      agency: agency?.name ?? "",
      approvedAt: m.reviewedAt ? m.reviewedAt.toISOString() : null,
    });
  }
  return out.sort(
    (a, b) =>
      a.targetNumber - b.targetNumber ||
      a.indicatorCode.localeCompare(b.indicatorCode, "vi") ||
      a.year - b.year ||
      a.period.localeCompare(b.period) ||
      a.valueKind.localeCompare(b.valueKind),
  ); // stable: a period's versions stay in the order they became current
}

export function openDataJson(data: PublicData): string {
  return JSON.stringify(
    {
      title: words.vi.congress(
        data.congress.ordinal,
        data.congress.partyCommittee,
        data.congress.termStartYear,
        data.congress.termEndYear,
      ),
      licence: LICENCE,
      note: words.vi.approvedOnly,
      lastApprovedAt: data.lastApproved?.toISOString() ?? null,
      figures: rows(data),
    },
    null,
    2,
  );
}

const COLUMNS: (keyof OpenFigure)[] = [
  "targetNumber",
  "indicatorCode",
  "indicatorName",
  "unit",
  "year",
  "period",
  "value",
  "valueKind",
  "reportedOn",
  "current",
  "reportedValue",
  "reportedUnit",
  "conversionRate",
  "rateSource",
  "methodologyNote",
  "source",
  "agency",
  "approvedAt",
];

/** Values with "." decimals (machine-readable); the licence is the first line, as a comment row. */
export function openDataCsv(data: PublicData): string {
  return csvDocument([
    [`# ${words.vi.licence} ${LICENCE.url}`],
    COLUMNS,
    ...rows(data).map((r) => COLUMNS.map((c) => r[c])),
  ]);
}
