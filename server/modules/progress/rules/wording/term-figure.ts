/** A whole-term figure in words: "Số liệu cả nhiệm kỳ (chính thức): bình quân 2021–2025 đạt …". */
import { IndicatorKind } from "../../../../common/enums";
import type { Evidence, TermValue } from "../evidence";
import type { Judgement } from "../goal";
import type { Outcome } from "../types";
import {
  derivedPerYear,
  formatFigure,
  join,
  leadingClauses,
  perYear,
  termPeriod,
  type Bi,
} from "./bilingual";
import { relation } from "./relation";

/** `yearly` is the kind's own account of the yearly figures, when there are any. */
export function termFigureClauses(
  evidence: Evidence,
  kind: IndicatorKind,
  figure: TermValue,
  judgement: Judgement,
  yearly: Outcome | null,
): Bi[] {
  const { goal, term } = evidence;
  const period = termPeriod(term);
  const what: Bi = figure.official
    ? { vi: "chính thức", en: "official" }
    : { vi: "ước tính", en: "estimate" };
  const rate = kind === IndicatorKind.AVERAGE_ANNUAL_RATE;
  const value = rate
    ? derivedPerYear(figure.value, perYear(goal.unit))
    : formatFigure(figure.value, goal.unit);
  const head: Bi = rate
    ? {
        vi: `Số liệu cả nhiệm kỳ (${what.vi}): bình quân ${period} đạt ${value.vi}`,
        en: `Whole-term figure (${what.en}): the ${period} average is ${value.en}`,
      }
    : {
        vi: `Số liệu cả nhiệm kỳ (${what.vi}): tổng ${period} đạt ${value.vi}`,
        en: `Whole-term figure (${what.en}): the ${period} total is ${value.en}`,
      };
  const clauses = [join(head, ", ", relation(goal, judgement, true, figure.value))];
  if (yearly) {
    const path = leadingClauses(yearly, 1);
    clauses.push({
      vi: `theo số liệu từng năm: ${path.vi}`,
      en: `from the yearly figures: ${path.en}`,
    });
  }
  return clauses;
}
