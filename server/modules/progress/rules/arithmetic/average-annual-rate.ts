/** AVERAGE_ANNUAL_RATE: the compound average of the yearly rates, and the rate still needed. */
import type { Evidence } from "../evidence";
import { DERIVED_DIGITS, judge, roundTo, trackFromGap, type Judgement } from "../goal";
import type { Reckoning, TrackStatus } from "../types";

export interface AverageRateReckoning extends Reckoning {
  verdict: Judgement;
  /** The compound average rate of the counted years. */
  valueSoFar: number;
}

export function reckonAverageAnnualRate(evidence: Evidence): AverageRateReckoning {
  const { goal, values } = evidence;
  // Compound, not arithmetic: the level after n years is Π(1 + r/100) of the start.
  const growth = values.reduce((product, { value }) => product * (1 + value / 100), 1);
  // A fall of 100% or more leaves nothing to compound from; report it as a total loss.
  const average = growth > 0 ? (Math.pow(growth, 1 / values.length) - 1) * 100 : -100;
  const judgement = judge(roundTo(average, DERIVED_DIGITS), goal);

  const k = evidence.uncounted.length;
  let needed: number | null = null;
  if (!evidence.decided && k > 0 && growth > 0) {
    // G × (1 + x)^k = (1 + goal)^N: what the uncounted years must average.
    const required = Math.pow(1 + goal.bound / 100, evidence.termLength);
    needed = (Math.pow(required / growth, 1 / k) - 1) * 100;
  }

  let status: TrackStatus | null = null;
  if (!evidence.decided) {
    if (judgement !== "NOT_MET") status = "ON_TRACK";
    else if (needed === null) status = "OFF_TRACK";
    else {
      // Judged on the rate the remaining years need rather than the average so far, so that one
      // weak first year is not already "chậm tiến độ" when four years remain to make it up.
      status = trackFromGap(goal.lowerIsBetter ? goal.bound - needed : needed - goal.bound, goal);
    }
  }

  return {
    verdict: judgement,
    status,
    valueSoFar: average,
    projected: null,
    neededPerYear: needed,
  };
}
