/** What an indicator chart draws, kept apart from the chart itself so pages can use it without loading recharts. */
import type { GoalLike } from "../common/indicator";
import type { FigureLike } from "../measurements/previous";

/** The goal a chart draws: what a goal's wording reads (common/indicator.ts). */
export type ChartIndicator = GoalLike;

/** A figure a chart draws. */
export type ChartFigure = FigureLike;

/**
 * One figure per year, as progress counts them: approved whole-year figures
 * only (a first half is not a year), OFFICIAL beating ESTIMATE.
 */
export function yearlyFigures(figures: ChartFigure[]): Map<number, number> {
  const rank = (f: ChartFigure) => (f.valueKind === "OFFICIAL" ? 1 : 0);
  const best = new Map<number, ChartFigure>();
  for (const f of figures) {
    if ((f.status && f.status !== "APPROVED") || f.period !== "YEAR") continue;
    const current = best.get(f.year);
    if (!current || rank(f) > rank(current)) best.set(f.year, f);
  }
  return new Map([...best].map(([year, f]) => [year, Number(f.value)]));
}
