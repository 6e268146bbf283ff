/**
 * The two things the public page shows that this branch's data does not have
 * yet: a figure's reported-on date (`Measurement.reportedOn`) and the
 * province's own assessment of a target (`TargetAssessment`). Each renders
 * nothing when its value is absent; wire the real fields in
 * `public-page.render.ts` at the two calls marked "figure-extras".
 */
import { esc } from "./html";
import type { Lang } from "./public-page.i18n";
import { formatDate } from "./public-page.format";

/** "ngày báo cáo 15/01/2025" after a figure's source, or nothing. */
export function renderReportedOn(lang: Lang, reportedOn?: string | null): string {
  if (!reportedOn) return "";
  const label = lang === "vi" ? "ngày báo cáo" : "reported on";
  return ` <span class="muted">(${label} ${esc(formatDate(reportedOn))})</span>`;
}

export interface PublicAssessment {
  /** As the province writes it: "Vượt", "Đạt", "Không đạt". */
  verdictLabel: string;
  reason?: string | null;
  /** The document it comes from, e.g. "Báo cáo số 123-BC/TU". */
  document?: string | null;
  /** YYYY-MM-DD. */
  date?: string | null;
}

/** The province's own assessment beside the computed verdict, or nothing. */
export function renderAssessment(lang: Lang, assessment?: PublicAssessment | null): string {
  if (!assessment) return "";
  const label = lang === "vi" ? "Tỉnh tự đánh giá" : "The province's own assessment";
  const source = [assessment.document, assessment.date ? formatDate(assessment.date) : null]
    .filter(Boolean)
    .map(esc)
    .join(", ");
  return (
    `<p class="assessment"><strong>${label}:</strong> ${esc(assessment.verdictLabel)}` +
    (assessment.reason ? ` — ${esc(assessment.reason)}` : "") +
    (source ? ` <span class="muted">(${source})</span>` : "") +
    `</p>`
  );
}
