/** EVERY_YEAR in words: the failed years with their values, or the worst year that still met. */
import type { EveryYearReckoning } from "../arithmetic/every-year";
import type { Evidence } from "../evidence";
import { formatFigure, missingClause, yearsNoun, type Bi } from "./bilingual";
import { goalText } from "./relation";

export function everyYearClauses(evidence: Evidence, reckoning: EveryYearReckoning): Bi[] {
  const { goal } = evidence;
  const { judged, failed, worst, verdict } = reckoning;
  const g = goalText(goal);
  const target: Bi = { vi: `mục tiêu hằng năm ${g.vi}`, en: `the yearly goal of ${g.en}` };
  const clauses: Bi[] = [];
  if (failed.length > 0) {
    if (failed.length === 1) {
      const [only] = failed;
      const v = formatFigure(only.value, goal.unit);
      clauses.push({
        vi: `Năm ${only.year}: ${v.vi}, không đạt ${target.vi}`,
        en: `${only.year}: ${v.en}, short of ${target.en}`,
      });
    } else {
      const detail = (lang: "vi" | "en") =>
        failed
          .map((v) =>
            lang === "vi"
              ? `năm ${v.year}: ${formatFigure(v.value, goal.unit).vi}`
              : `${v.year}: ${formatFigure(v.value, goal.unit).en}`,
          )
          .join(", ");
      const noun = yearsNoun(failed.map((v) => v.year));
      clauses.push({
        vi: `${noun.vi} không đạt ${target.vi} (${detail("vi")})`,
        en: `${noun.en} fell short of ${target.en} (${detail("en")})`,
      });
    }
    if (!evidence.decided)
      clauses.push({
        vi: "chỉ tiêu không còn khả năng đạt trong nhiệm kỳ",
        en: "the indicator can no longer be met this term",
      });
  } else {
    const word = verdict === "EXCEEDED" ? "vượt" : "đạt";
    const wordEn = verdict === "EXCEEDED" ? "beat" : "met";
    const w = formatFigure(worst.value, goal.unit);
    if (judged.length === 1) {
      clauses.push({
        vi: `Năm ${worst.year} ${word} ${target.vi} (${w.vi})`,
        en: `${worst.year} ${wordEn} ${target.en} (${w.en})`,
      });
    } else {
      const noun = yearsNoun(judged.map((v) => v.year));
      const extreme = goal.lowerIsBetter ? "cao nhất" : "thấp nhất";
      const extremeEn = goal.lowerIsBetter ? "highest" : "lowest";
      clauses.push({
        vi: `${noun.vi} đều ${word} ${target.vi}; ${extreme} ${w.vi} (năm ${worst.year})`,
        en: `${noun.en} all ${wordEn} ${target.en}; ${extremeEn} ${w.en} (${worst.year})`,
      });
    }
  }
  if (evidence.yearsMissing.length > 0) clauses.push(missingClause(evidence.yearsMissing));
  return clauses;
}
