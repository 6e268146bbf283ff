/**
 * The baseline an indicator's goal is read with: its own (year and value) when it has one;
 * otherwise, when it continues an indicator of the previous term, that indicator's latest
 * approved yearly value (the new term starts where the old one ended). Derived at read time,
 * never stored, so a figure approved (or reopened) later moves the baseline with it.
 */
import { PeriodType, ValueKind } from "../../common/enums";
import type { RequestContext } from "../../context";
import { Indicator } from "../indicator/indicator.entity";
import { approvedFigures } from "./progress.loaders";
import type { Figure } from "./rules";

export interface Baseline {
  baselineYear: number | null;
  baselineValue: string | null;
  /** The predecessor the baseline was taken from; null when it is the indicator's own (or none). */
  baselineFromId: string | null;
}

/** The latest year's figure: OFFICIAL beats ESTIMATE, and of one kind the last version. */
export function latestYearly(figures: Figure[]): Figure | null {
  const yearly = figures.filter((f) => f.period === PeriodType.YEAR);
  if (yearly.length === 0) return null;
  const year = Math.max(...yearly.map((f) => f.year));
  const inYear = yearly.filter((f) => f.year === year);
  const official = inYear.filter((f) => f.valueKind === ValueKind.OFFICIAL);
  return (official.length > 0 ? official : inYear).at(-1)!;
}

/** As of `asOf` (YYYY-MM-DD) when given, from what was approved by then; else from now. */
export async function baselineOf(
  ctx: RequestContext,
  indicator: Pick<Indicator, "baselineYear" | "baselineValue" | "predecessorId">,
  asOf: string | null,
): Promise<Baseline> {
  const own = {
    baselineYear: indicator.baselineYear,
    baselineValue: indicator.baselineValue,
    baselineFromId: null,
  };
  if (indicator.baselineYear !== null || !indicator.predecessorId) return own;
  const latest = latestYearly(await approvedFigures(ctx, asOf).load(indicator.predecessorId));
  return latest
    ? {
        baselineYear: latest.year,
        baselineValue: latest.value,
        baselineFromId: indicator.predecessorId,
      }
    : own;
}
