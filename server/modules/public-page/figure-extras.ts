/**
 * What the public page shows beside a figure and a verdict: a figure's reported-on date, its
 * conversion from the unit it was reported in and its methodology note, a whole-term figure's
 * label, and the province's own assessment of a target (`TargetAssessment`) beside the computed
 * verdict. Each renders nothing when its value is absent.
 */
import { verdictLabel, type Verdict } from "../progress/rules";
import type { TargetAssessment } from "../assessment/target-assessment.entity";
import type { Measurement } from "../measurement/measurement.entity";
import { esc } from "./html";
import type { Lang } from "./public-page.i18n";
import { verdictEn, words } from "./public-page.i18n";
import { formatDate, formatNumber } from "./public-page.format";

/** "ngày báo cáo 15/01/2025" after a figure's source, or nothing. */
export function renderReportedOn(lang: Lang, reportedOn?: string | null): string {
  if (!reportedOn) return "";
  const label = lang === "vi" ? "ngày báo cáo" : "reported on";
  return ` <span class="muted">(${label} ${esc(formatDate(reportedOn))})</span>`;
}

/** "Quy đổi từ 71,1 triệu đồng/người, hệ số 0,024517 (source)" when the figure was converted. */
export function renderConversion(lang: Lang, m: Measurement): string {
  if (m.reportedValue === null || m.conversionRate === null) return "";
  const from = `${formatNumber(lang, Number(m.reportedValue))} ${m.reportedUnit ?? ""}`.trim();
  // A rate as recorded, every digit (0,024517), not rounded like a figure.
  const rate = formatNumber(lang, Number(m.conversionRate), 10);
  const text =
    lang === "vi"
      ? `Quy đổi từ ${from}, hệ số ${rate}`
      : `Converted from ${from} at a rate of ${rate}`;
  return `<br><span class="note">${esc(text)}${m.rateSource ? ` (${esc(m.rateSource)})` : ""}</span>`;
}

/** A figure's own methodology note (a changed measure), or nothing. */
export function renderFigureNote(lang: Lang, note: string | null | undefined): string {
  if (!note) return "";
  const label = lang === "vi" ? "Ghi chú phương pháp" : "Methodology note";
  return `<br><span class="note">${label}: <span lang="vi">${esc(note)}</span></span>`;
}

/** The indicator's methodology note beside its verdict, or nothing. */
export function renderIndicatorNote(lang: Lang, note: string | null | undefined): string {
  if (!note) return "";
  const label = lang === "vi" ? "Ghi chú phương pháp" : "Methodology note";
  return `<p class="note"><strong>${label}:</strong> <span lang="vi">${esc(note)}</span></p>`;
}

/**
 * The period column: "2025", "2025 H1", or "Cả giai đoạn 2021–2025" for a TERM figure (the
 * years after the term's base year, as progress counts them).
 */
export function periodLabel(lang: Lang, m: Measurement, termStartYear: number): string {
  if (m.period === "YEAR") return String(m.year);
  if (m.period === "TERM") return words[lang].wholeTerm(termStartYear + 1, m.year);
  return `${m.year} ${m.period}`;
}

/**
 * The province's own assessment beside the computed verdict, or nothing; says so when the two
 * differ (as `progressSummary.assessmentDiffers` does).
 */
export function renderAssessment(
  lang: Lang,
  assessment: TargetAssessment | null | undefined,
  differs: boolean,
): string {
  if (!assessment) return "";
  const label = lang === "vi" ? "Tỉnh tự đánh giá" : "The province's own assessment";
  const verdict =
    lang === "vi" ? verdictLabel[assessment.verdict as Verdict] : verdictEn[assessment.verdict];
  const source = `${esc(assessment.document)}, ${esc(formatDate(assessment.documentDate))}`;
  const differ = differs
    ? ` <strong class="differs">${lang === "vi" ? "Khác với kết quả tính từ số liệu đã duyệt." : "Differs from the verdict computed from approved figures."}</strong>`
    : "";
  return (
    `<p class="assessment"><strong>${label}:</strong> <span class="verdict v-${esc(assessment.verdict)}">${esc(verdict)}</span>` +
    ` — <span lang="vi">${esc(assessment.reason)}</span> <span class="muted">(${source})</span>${differ}</p>`
  );
}
