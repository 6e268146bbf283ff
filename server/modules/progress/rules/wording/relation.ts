/** A goal in words, and a value's relation to it: "vượt mục tiêu 65%", "chưa đạt mục tiêu …". */
import { Comparator, Direction } from "../../../../common/enums";
import { formatRangeVi } from "../../../../common/format-vi";
import { FIGURE_DIGITS, type Goal, type Judgement } from "../goal";
import { enNumber, formatFigure, withUnitEn, type Bi } from "./bilingual";

export function goalText(goal: Goal): Bi {
  const bound = formatFigure(goal.bound, goal.unit);
  switch (goal.comparator) {
    case Comparator.AT_LEAST:
      return bound;
    case Comparator.AT_MOST:
      return { vi: `không quá ${bound.vi}`, en: `at most ${bound.en}` };
    case Comparator.LESS_THAN:
      return { vi: `dưới ${bound.vi}`, en: `below ${bound.en}` };
    case Comparator.BETWEEN: {
      const min = goal.min as number;
      const max = goal.max as number;
      return {
        vi: formatRangeVi(min, max, goal.unit, FIGURE_DIGITS),
        en: withUnitEn(
          `${enNumber(min, FIGURE_DIGITS)}–${enNumber(max, FIGURE_DIGITS)}`,
          goal.unit,
        ),
      };
    }
  }
}

/**
 * "vượt mục tiêu 65%", "trong khoảng mục tiêu 7–7,5%", … A miss is "không đạt" once decided and
 * "chưa đạt" (not yet) while the term runs.
 */
export function relation(goal: Goal, judgement: Judgement, decided: boolean, value: number): Bi {
  const target = goalText(goal);
  const miss = decided ? "không đạt" : "chưa đạt";
  const missEn = decided ? "short of" : "not yet at";
  if (goal.comparator === Comparator.AT_MOST) {
    // "không đạt mục tiêu không quá 3%" is clumsy; name the ceiling instead.
    const ceiling = formatFigure(goal.bound, goal.unit);
    if (judgement === "EXCEEDED")
      return {
        vi: `vượt mục tiêu (thấp hơn mức tối đa ${ceiling.vi})`,
        en: `better than the goal (below the ceiling of ${ceiling.en})`,
      };
    if (judgement === "MET")
      return {
        vi: `đạt mục tiêu (bằng mức tối đa ${ceiling.vi})`,
        en: `meets the goal (at the ceiling of ${ceiling.en})`,
      };
    return {
      vi: `${miss} mục tiêu (cao hơn mức tối đa ${ceiling.vi})`,
      en: `${missEn} the goal (above the ceiling of ${ceiling.en})`,
    };
  }
  if (goal.comparator === Comparator.BETWEEN && goal.direction !== Direction.HIGHER_IS_BETTER) {
    const min = formatFigure(goal.min as number, goal.unit);
    const max = formatFigure(goal.max as number, goal.unit);
    if (judgement === "MET")
      return {
        vi: `trong khoảng mục tiêu ${target.vi}`,
        en: `within the goal of ${target.en}`,
      };
    if (judgement === "EXCEEDED")
      return {
        vi: `vượt mục tiêu ${target.vi} (thấp hơn mức ${min.vi})`,
        en: `better than the goal of ${target.en} (below ${min.en})`,
      };
    const above = value > (goal.max as number);
    return {
      vi: `${miss} mục tiêu ${target.vi} (${above ? `cao hơn mức ${max.vi}` : `thấp hơn mức ${min.vi}`})`,
      en: `${missEn} the goal of ${target.en} (${above ? `above ${max.en}` : `below ${min.en}`})`,
    };
  }
  if (judgement === "NOT_MET")
    return { vi: `${miss} mục tiêu ${target.vi}`, en: `${missEn} the goal of ${target.en}` };
  switch (goal.comparator) {
    case Comparator.BETWEEN:
      return judgement === "EXCEEDED"
        ? { vi: `vượt mục tiêu ${target.vi}`, en: `above the goal of ${target.en}` }
        : { vi: `trong khoảng mục tiêu ${target.vi}`, en: `within the goal of ${target.en}` };
    case Comparator.AT_LEAST:
      return judgement === "EXCEEDED"
        ? { vi: `vượt mục tiêu ${target.vi}`, en: `above the goal of ${target.en}` }
        : { vi: `bằng mục tiêu ${target.vi}`, en: `equal to the goal of ${target.en}` };
    case Comparator.LESS_THAN:
      return { vi: `đạt mục tiêu ${target.vi}`, en: `meets the goal of ${target.en}` };
  }
}
