/** AVERAGE_ANNUAL_RATE in words: "Tăng trưởng bình quân 2021–2023 đạt 7,2%/năm, …". */
import type { AverageRateReckoning } from "../arithmetic/average-annual-rate";
import type { Evidence } from "../evidence";
import {
  derivedPerYear,
  formatDerived,
  join,
  missingClause,
  neededClause,
  periodOf,
  perYear,
  yearsNoun,
  type Bi,
} from "./bilingual";
import { relation } from "./relation";

export function averageAnnualRateClauses(
  evidence: Evidence,
  reckoning: AverageRateReckoning,
): Bi[] {
  const { goal, values } = evidence;
  const average = reckoning.valueSoFar;
  const needed = reckoning.neededPerYear;
  const years = values.map((v) => v.year);
  // One year has no average: "Tăng trưởng năm 2021 đạt 7,2%", not "bình quân năm 2021".
  const head: Bi =
    values.length === 1
      ? {
          vi: `Tăng trưởng năm ${years[0]} đạt ${formatDerived(average, goal.unit).vi}`,
          en: `Growth in ${years[0]} was ${formatDerived(average, goal.unit).en}`,
        }
      : {
          vi:
            `Tăng trưởng bình quân ${periodOf(years).vi} đạt ` +
            derivedPerYear(average, perYear(goal.unit)).vi,
          en:
            `Average growth ${periodOf(years).en} was ` +
            derivedPerYear(average, perYear(goal.unit)).en,
        };
  const clauses = [join(head, ", ", relation(goal, reckoning.verdict, evidence.decided, average))];

  if (!evidence.decided) {
    if (needed !== null) {
      const rate = derivedPerYear(needed, perYear(goal.unit));
      const noun = yearsNoun(evidence.uncounted);
      const clause = neededClause(noun, evidence.uncounted.length, goal.lowerIsBetter, rate);
      clauses.push(join(clause, " ", { vi: "để đạt mục tiêu", en: "to reach the goal" }));
    }
  } else if (evidence.yearsMissing.length > 0) {
    clauses.push(missingClause(evidence.yearsMissing));
  }
  return clauses;
}
