/** TERM_TOTAL: the sum of the counted years, its projection to the term, and what is still needed. */
import type { Evidence } from "../evidence";
import { DERIVED_DIGITS, FIGURE_DIGITS, judge, roundTo, trackFrom, type Judgement } from "../goal";
import type { Reckoning } from "../types";

export interface TermTotalReckoning extends Reckoning {
  verdict: Judgement;
  /** The sum of the counted years. */
  valueSoFar: number;
  projected: number;
  /** Every year of the term is counted: the sum is the result. */
  complete: boolean;
  /** The value the verdict is read from: the sum when complete, else the projection. */
  judgedValue: number;
}

export function reckonTermTotal(evidence: Evidence): TermTotalReckoning {
  const { goal, values } = evidence;
  const sum = roundTo(
    values.reduce((s, v) => s + v.value, 0),
    FIGURE_DIGITS,
  );
  const complete = evidence.uncounted.length === 0;
  const projected = (sum / values.length) * evidence.termLength;
  // With every year in, the sum is the result. With a year missing, even after the term, the
  // sum of the others would understate the total, so the projection is judged instead.
  const judgedValue = complete ? sum : roundTo(projected, DERIVED_DIGITS);
  const judgement = judge(judgedValue, goal);

  const k = evidence.uncounted.length;
  let needed: number | null = null;
  if (!evidence.decided && k > 0) needed = Math.max(0, (goal.bound - sum) / k);

  return {
    verdict: judgement,
    status: evidence.decided ? null : trackFrom(roundTo(projected, DERIVED_DIGITS), goal),
    valueSoFar: sum,
    projected,
    neededPerYear: needed,
    complete,
    judgedValue,
  };
}
