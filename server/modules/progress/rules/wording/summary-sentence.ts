/** A congress's summary line, in the province's words and in English. */
import { formatNumberVi } from "../../../../common/format-vi";

export interface SummaryCounts {
  met: number;
  exceeded: number;
  notMet: number;
  noData: number;
  atRisk: number;
  offTrack: number;
  total: number;
}

/**
 * "N không đạt" is only said of a finished term: while it runs a missed indicator is reported
 * by its status instead. Statuses disappear when the term is decided, so without `termOver`
 * the term counts as over when no indicator is at risk or off track.
 */
function isTermOver(counts: SummaryCounts, options: { termOver?: boolean }): boolean {
  return options.termOver ?? (counts.atRisk === 0 && counts.offTrack === 0);
}

/**
 * "Đạt và vượt 14/20 chỉ tiêu; 3 chỉ tiêu có nguy cơ không đạt; 3 chưa có số liệu". Zero parts
 * are left out, except the first.
 */
export function summarySentence(
  counts: SummaryCounts,
  options: { termOver?: boolean } = {},
): string {
  const n = (value: number): string => formatNumberVi(value, 0);
  const parts = [`Đạt và vượt ${n(counts.met + counts.exceeded)}/${n(counts.total)} chỉ tiêu`];
  if (isTermOver(counts, options) && counts.notMet > 0) parts.push(`${n(counts.notMet)} không đạt`);
  if (counts.offTrack > 0) parts.push(`${n(counts.offTrack)} chỉ tiêu chậm tiến độ`);
  if (counts.atRisk > 0) parts.push(`${n(counts.atRisk)} chỉ tiêu có nguy cơ không đạt`);
  if (counts.noData > 0) parts.push(`${n(counts.noData)} chưa có số liệu`);
  return parts.join("; ");
}

/** The summary line in English: "18/20 targets met or exceeded; 1 not met; 1 with no data". */
export function summarySentenceEn(
  counts: SummaryCounts,
  options: { termOver?: boolean } = {},
): string {
  const parts = [`${counts.met + counts.exceeded}/${counts.total} targets met or exceeded`];
  if (isTermOver(counts, options) && counts.notMet > 0) parts.push(`${counts.notMet} not met`);
  if (counts.offTrack > 0) parts.push(`${counts.offTrack} off track`);
  if (counts.atRisk > 0) parts.push(`${counts.atRisk} at risk`);
  if (counts.noData > 0) parts.push(`${counts.noData} with no data`);
  return parts.join("; ");
}
