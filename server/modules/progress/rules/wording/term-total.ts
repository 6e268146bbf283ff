/** TERM_TOTAL in words: "Tổng cả giai đoạn 2021–2025 đạt …" or the sum so far and its projection. */
import type { TermTotalReckoning } from "../arithmetic/term-total";
import type { Evidence } from "../evidence";
import {
  derivedPerYear,
  formatDerived,
  formatFigure,
  join,
  missingClause,
  neededClause,
  periodOf,
  perYear,
  termPeriod,
  yearsNoun,
  type Bi,
} from "./bilingual";
import { relation } from "./relation";

export function termTotalClauses(evidence: Evidence, reckoning: TermTotalReckoning): Bi[] {
  const { goal, values, term } = evidence;
  const { valueSoFar: sum, projected, neededPerYear: needed, judgedValue } = reckoning;
  const period = termPeriod(term);
  const against = relation(goal, reckoning.verdict, evidence.decided, judgedValue);
  const total = formatFigure(sum, goal.unit);
  if (reckoning.complete) {
    return [
      join(
        {
          vi: `Tổng cả giai đoạn ${period} đạt ${total.vi}`,
          en: `The ${period} total is ${total.en}`,
        },
        ", ",
        against,
      ),
    ];
  }
  const years = periodOf(values.map((v) => v.year));
  const p = formatDerived(projected, goal.unit);
  const clauses: Bi[] = [
    {
      vi: `Lũy kế ${years.vi} đạt ${total.vi}`,
      en: `The total for ${years.en} is ${total.en}`,
    },
    join(
      {
        vi: `ước cả giai đoạn ${period} đạt ${p.vi}`,
        en: `the ${period} total would be about ${p.en}`,
      },
      ", ",
      against,
    ),
  ];
  if (needed !== null) {
    const noun = yearsNoun(evidence.uncounted);
    const rate = derivedPerYear(needed, perYear(goal.unit));
    clauses.push(neededClause(noun, evidence.uncounted.length, goal.lowerIsBetter, rate));
  } else if (evidence.yearsMissing.length > 0) {
    clauses.push(missingClause(evidence.yearsMissing));
  }
  return clauses;
}
