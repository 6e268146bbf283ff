/** END_OF_TERM_LEVEL in words: "Số liệu năm 2023 là …; theo xu hướng, năm 2025 ước đạt …". */
import type { LevelReckoning } from "../arithmetic/end-of-term-level";
import type { Evidence } from "../evidence";
import {
  changeUnit,
  derivedPerYear,
  formatDerived,
  formatFigure,
  join,
  perYear,
  type Bi,
} from "./bilingual";
import { relation } from "./relation";

export function endOfTermLevelClauses(evidence: Evidence, reckoning: LevelReckoning): Bi[] {
  const { goal, term } = evidence;
  const { latest, projected, neededPerYear: needed } = reckoning;
  const value = formatFigure(latest.value, goal.unit);
  const clauses = [
    join(
      {
        vi: `Số liệu năm ${latest.year} là ${value.vi}`,
        en: `The ${latest.year} figure is ${value.en}`,
      },
      ", ",
      relation(goal, reckoning.verdict, evidence.decided, latest.value),
    ),
  ];
  if (evidence.decided) return clauses;

  if (projected === null) {
    clauses.push({
      vi: "chưa đủ số liệu để ước xu hướng",
      en: "not enough figures for a trend",
    });
  } else {
    const p = formatDerived(projected, goal.unit);
    clauses.push({
      vi: `theo xu hướng, năm ${term.endYear} ước đạt ${p.vi}`,
      en: `on the trend, ${term.endYear} would reach about ${p.en}`,
    });
  }
  if (needed !== null && needed !== 0) {
    const up = needed > 0;
    const amount = derivedPerYear(Math.abs(needed), perYear(changeUnit(goal.unit).vi));
    const amountEn = derivedPerYear(Math.abs(needed), perYear(changeUnit(goal.unit).en));
    clauses.push({
      vi: `cần ${up ? "tăng" : "giảm"} bình quân ${amount.vi}`,
      en: `needs to ${up ? "rise" : "fall"} by ${amountEn.en} on average`,
    });
  }
  return clauses;
}
