/** The figure a new one is compared with: last year's for the same period, else the latest before it. */
import { toNumber } from "../common/format";
import type { Measurement } from "../generated/schema";

/** What the comparison reads of a figure (any query's figure has these). */
export type FigureLike = Pick<Measurement, "year" | "period" | "value"> &
  Partial<Pick<Measurement, "id" | "status" | "valueKind">>;

const PERIOD_ORDER = ["Q1", "H1", "Q2", "Q3", "Q4", "YEAR"];

export function previousFigure(
  figures: FigureLike[] | undefined,
  year: number,
  period: string,
  exceptId?: string,
): FigureLike | null {
  const approved = (figures ?? []).filter(
    (f) => f.status === "APPROVED" && f.id !== exceptId && f.year < year,
  );
  const byRecency = (a: FigureLike, b: FigureLike) =>
    b.year - a.year ||
    PERIOD_ORDER.indexOf(b.period) - PERIOD_ORDER.indexOf(a.period) ||
    (b.valueKind === "OFFICIAL" ? 1 : 0) - (a.valueKind === "OFFICIAL" ? 1 : 0);
  const samePeriod = approved.filter((f) => f.period === period).sort(byRecency);
  return samePeriod[0] ?? approved.sort(byRecency)[0] ?? null;
}

/** Absolute change, and relative change in % when it means something (not for shares and rates). */
export function change(value: string, previous: FigureLike | null, unitKind?: string) {
  const now = toNumber(value);
  const before = previous ? toNumber(previous.value) : null;
  if (now === null || before === null) return { absolute: null, relative: null };
  const absolute = now - before;
  const relative =
    (unitKind === "COUNT" || unitKind === "AMOUNT") && before !== 0
      ? (absolute / Math.abs(before)) * 100
      : null;
  return { absolute, relative };
}
