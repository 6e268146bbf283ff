/** EVERY_YEAR: each counted year judged on its own; one failed year fails the term. */
import type { Evidence, YearValue } from "../evidence";
import { judge, type Judgement } from "../goal";
import type { Reckoning } from "../types";

export interface JudgedYear extends YearValue {
  judgement: Judgement;
}

export interface EveryYearReckoning extends Reckoning {
  verdict: Judgement;
  judged: JudgedYear[];
  failed: JudgedYear[];
  /** The lowest year when higher is better, the highest otherwise. */
  worst: JudgedYear;
}

export function reckonEveryYear(evidence: Evidence): EveryYearReckoning {
  const { goal, values } = evidence;
  const judged = values.map((v): JudgedYear => ({
    year: v.year,
    value: v.value,
    judgement: judge(v.value, goal),
  }));
  const failed = judged.filter((v) => v.judgement === "NOT_MET");
  const verdict: Judgement =
    failed.length > 0
      ? "NOT_MET"
      : judged.every((v) => v.judgement === "EXCEEDED")
        ? "EXCEEDED"
        : "MET";

  // The worst year: the lowest when higher is better (a range counts from below too).
  const worst = judged.reduce((a, b) =>
    goal.lowerIsBetter ? (b.value > a.value ? b : a) : b.value < a.value ? b : a,
  );

  return {
    verdict,
    // A failed year cannot be undone: the indicator can no longer be met this term.
    status: evidence.decided ? null : failed.length > 0 ? "OFF_TRACK" : "ON_TRACK",
    valueSoFar: worst.value,
    projected: null,
    neededPerYear: null,
    judged,
    failed,
    worst,
  };
}
