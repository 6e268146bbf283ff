/** What an indicator chart draws, kept apart from the chart itself so pages can use it without loading recharts. */

export interface ChartIndicator {
  unit: string;
  kind: string;
  comparator: string;
  targetMin?: string | null;
  targetMax?: string | null;
}

export interface ChartFigure {
  year: number;
  period: string;
  value: string;
  valueKind?: string;
  status?: string;
}

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
