/** One indicator's progress: gather the evidence, reckon the kind's numbers, word the reason. */
import { IndicatorKind } from "../../../common/enums";
import { reckonAverageAnnualRate } from "./arithmetic/average-annual-rate";
import { reckonEndedWithoutLastYear } from "./arithmetic/ended-without-last-year";
import { reckonEndOfTermLevel } from "./arithmetic/end-of-term-level";
import { reckonEveryYear } from "./arithmetic/every-year";
import { reckonTermFigure } from "./arithmetic/term-figure";
import { reckonTermTotal } from "./arithmetic/term-total";
import { gatherEvidence, type Evidence } from "./evidence";
import type { Figure, IndicatorGoal, IndicatorProgress, Outcome, Reckoning, Term } from "./types";
import { averageAnnualRateClauses } from "./wording/average-annual-rate";
import { sentence, type Bi } from "./wording/bilingual";
import { endedWithoutLastYearClauses } from "./wording/ended-without-last-year";
import { endOfTermLevelClauses } from "./wording/end-of-term-level";
import { everyYearClauses } from "./wording/every-year";
import { noDataReason } from "./wording/no-data";
import { termFigureClauses } from "./wording/term-figure";
import { termTotalClauses } from "./wording/term-total";

/** The numbers with their reason (a reckoning's own working fields are left behind). */
function worded(reckoning: Reckoning, clauses: Bi[]): Outcome {
  const { reason, reasonEn } = sentence(clauses);
  return {
    verdict: reckoning.verdict,
    status: reckoning.status,
    reason,
    reasonEn,
    valueSoFar: reckoning.valueSoFar,
    projected: reckoning.projected,
    neededPerYear: reckoning.neededPerYear,
  };
}

/**
 * The outcome with the years it was judged from. Written out property by property: a spread
 * of the outcome followed by more properties was the rules' costliest line (V8 copies it
 * slowly), and every indicator of every summary passes here.
 */
function withYears(
  outcome: Outcome,
  yearsCounted: number[],
  yearsMissing: number[],
  termFigure: boolean,
): IndicatorProgress {
  return {
    verdict: outcome.verdict,
    status: outcome.status,
    reason: outcome.reason,
    reasonEn: outcome.reasonEn,
    valueSoFar: outcome.valueSoFar,
    projected: outcome.projected,
    neededPerYear: outcome.neededPerYear,
    yearsCounted,
    yearsMissing,
    termFigure,
  };
}

/** The verdict from the yearly figures, by the indicator's kind (at least one value counts). */
function fromYearlyFigures(kind: IndicatorKind, evidence: Evidence): Outcome {
  switch (kind) {
    case IndicatorKind.AVERAGE_ANNUAL_RATE: {
      const reckoning = reckonAverageAnnualRate(evidence);
      return worded(reckoning, averageAnnualRateClauses(evidence, reckoning));
    }
    case IndicatorKind.END_OF_TERM_LEVEL: {
      const reckoning = reckonEndOfTermLevel(evidence);
      return worded(reckoning, endOfTermLevelClauses(evidence, reckoning));
    }
    case IndicatorKind.EVERY_YEAR: {
      const reckoning = reckonEveryYear(evidence);
      return worded(reckoning, everyYearClauses(evidence, reckoning));
    }
    case IndicatorKind.TERM_TOTAL: {
      const reckoning = reckonTermTotal(evidence);
      return worded(reckoning, termTotalClauses(evidence, reckoning));
    }
  }
}

/** Progress of one indicator, as of the end of `asOfYear`, from its approved figures. */
export function indicatorProgress(
  goal: IndicatorGoal,
  figures: Figure[],
  term: Term,
  asOfYear: number,
): IndicatorProgress {
  const gathered = gatherEvidence(goal, figures, term, asOfYear);
  const { evidence, yearsCounted, wholeTerm } = gathered;
  const { yearsMissing } = evidence;

  if (wholeTerm) {
    const yearly = evidence.values.length > 0 ? fromYearlyFigures(goal.kind, evidence) : null;
    const reckoning = reckonTermFigure(evidence, wholeTerm);
    const clauses = termFigureClauses(evidence, goal.kind, wholeTerm, reckoning.verdict, yearly);
    return withYears(worded(reckoning, clauses), yearsCounted, yearsMissing, true);
  }

  if (evidence.values.length === 0) {
    const { reason, reasonEn } = noDataReason(yearsMissing, gathered.years[0]);
    const outcome: Outcome = {
      verdict: "NO_DATA",
      status: null,
      reason,
      reasonEn,
      valueSoFar: null,
      projected: null,
      neededPerYear: null,
    };
    return withYears(outcome, yearsCounted, yearsMissing, false);
  }

  let outcome = fromYearlyFigures(goal.kind, evidence);
  // A failed year of an EVERY_YEAR indicator is final whatever the last year brings.
  const finalFailure = goal.kind === IndicatorKind.EVERY_YEAR && outcome.verdict === "NOT_MET";
  if (gathered.endedWithoutLastYear && !finalFailure) {
    const reckoning = reckonEndedWithoutLastYear(evidence, goal.kind, outcome);
    const clauses = endedWithoutLastYearClauses(evidence, goal.kind, reckoning.projected, outcome);
    outcome = worded(reckoning, clauses);
  }
  return withYears(outcome, yearsCounted, yearsMissing, false);
}
