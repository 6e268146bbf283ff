/** The reason when no yearly figure counts yet. */
import { yearsNoun } from "./bilingual";

export function noDataReason(
  yearsMissing: number[],
  firstYear: number,
): { reason: string; reasonEn: string } {
  if (yearsMissing.length === 0) {
    return {
      reason: `Chưa có số liệu được phê duyệt; nhiệm kỳ tính từ năm ${firstYear}.`,
      reasonEn: `No approved figure yet; the term counts from ${firstYear}.`,
    };
  }
  const noun = yearsNoun(yearsMissing);
  return {
    reason: `Chưa có số liệu được phê duyệt cho ${noun.vi}.`,
    reasonEn: `No approved figure for ${noun.en}.`,
  };
}
