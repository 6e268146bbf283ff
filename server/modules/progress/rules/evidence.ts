/** What the rules judge from: the yearly values that count, the whole-term figure, the term. */
import { IndicatorKind, PeriodType, ValueKind } from "../../../common/enums";
import { parseDecimal, resolveGoal, type Goal } from "./goal";
import type { Figure, IndicatorGoal, Term } from "./types";

export interface YearValue {
  year: number;
  value: number;
}

/** An approved whole-term figure and whether it is the official one. */
export interface TermValue {
  value: number;
  official: boolean;
}

/** What is known of one indicator at the as-of date. */
export interface Evidence {
  goal: Goal;
  values: YearValue[];
  term: Term;
  /** Number of years that count: endYear − startYear. */
  termLength: number;
  /** Term years with no counted figure (past or future): what is left to report. */
  uncounted: number[];
  yearsMissing: number[];
  /** The term's last year has a figure or the term is over: no status any more. */
  decided: boolean;
  baseline: YearValue | null;
}

/** The evidence, with what the caller reports beside the verdict. */
export interface Gathered {
  evidence: Evidence;
  /** The term's years that count, startYear+1 .. endYear. */
  years: number[];
  yearsCounted: number[];
  /** AVERAGE_ANNUAL_RATE and TERM_TOTAL only: the approved whole-term figure, if any. */
  wholeTerm: TermValue | null;
  /** The term is over and its last year has no figure. */
  endedWithoutLastYear: boolean;
}

function termYears(term: Term): number[] {
  const years: number[] = [];
  for (let year = term.startYear + 1; year <= term.endYear; year += 1) years.push(year);
  return years;
}

/** One value per counted year: YEAR figures only, OFFICIAL over ESTIMATE, within the term. */
function yearlyValues(figures: Figure[], term: Term, asOfYear: number): YearValue[] {
  const lastYear = Math.min(asOfYear, term.endYear);
  const chosen = new Map<number, { value: number; official: boolean }>();
  for (const figure of figures) {
    if (figure.period !== PeriodType.YEAR) continue;
    if (figure.year <= term.startYear || figure.year > lastYear) continue;
    const value = parseDecimal(figure.value);
    if (value === null) continue;
    const official = figure.valueKind === ValueKind.OFFICIAL;
    const current = chosen.get(figure.year);
    // Between two figures of the same kind the later one in the list wins: callers list them
    // in the order they became current, and a later version replaces the earlier one.
    if (current && current.official && !official) continue;
    chosen.set(figure.year, { value, official });
  }
  return [...chosen.entries()]
    .map(([year, { value }]) => ({ year, value }))
    .sort((a, b) => a.year - b.year);
}

/** The whole-term figure that stands: OFFICIAL over ESTIMATE, the later version of a kind. */
function termValue(figures: Figure[], term: Term, asOfYear: number): TermValue | null {
  let chosen: TermValue | null = null;
  for (const figure of figures) {
    if (figure.period !== PeriodType.TERM || figure.year !== term.endYear) continue;
    // A whole-term estimate is made during the last year at the earliest.
    if (figure.year > asOfYear) continue;
    const value = parseDecimal(figure.value);
    if (value === null) continue;
    const official = figure.valueKind === ValueKind.OFFICIAL;
    if (chosen && chosen.official && !official) continue;
    chosen = { value, official };
  }
  return chosen;
}

export function gatherEvidence(
  goal: IndicatorGoal,
  figures: Figure[],
  term: Term,
  asOfYear: number,
): Gathered {
  if (!(term.endYear > term.startYear)) {
    throw new Error(`Nhiệm kỳ không hợp lệ: ${term.startYear}–${term.endYear}.`);
  }
  const resolved = resolveGoal(goal);
  const years = termYears(term);
  const values = yearlyValues(figures, term, asOfYear);
  const yearsCounted = values.map((v) => v.year);
  const counted = new Set(yearsCounted);
  const yearsMissing = years.filter((y) => y <= asOfYear && !counted.has(y));
  const wholeTerm =
    goal.kind === IndicatorKind.AVERAGE_ANNUAL_RATE || goal.kind === IndicatorKind.TERM_TOTAL
      ? termValue(figures, term, asOfYear)
      : null;

  const baselineValue = parseDecimal(goal.baselineValue);
  const baseline =
    goal.baselineYear !== null &&
    baselineValue !== null &&
    goal.baselineYear <= asOfYear &&
    !counted.has(goal.baselineYear)
      ? { year: goal.baselineYear, value: baselineValue }
      : null;

  const evidence: Evidence = {
    goal: resolved,
    values,
    term,
    termLength: years.length,
    uncounted: years.filter((y) => !counted.has(y)),
    yearsMissing,
    decided: asOfYear > term.endYear || counted.has(term.endYear),
    baseline,
  };
  return {
    evidence,
    years,
    yearsCounted,
    wholeTerm,
    endedWithoutLastYear: asOfYear > term.endYear && !counted.has(term.endYear),
  };
}
