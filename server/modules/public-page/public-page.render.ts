/** The public page as HTML: the index (every target) and one page per target. */
import { trackStatusLabel, verdictLabel, type TrackStatus, type Verdict } from "../progress/rules";
import type { IndicatorProgress } from "../progress/progress.types";
import type { Indicator } from "../indicator/indicator.entity";
import type { Target } from "../target/target.entity";
import type { Measurement } from "../measurement/measurement.entity";
import {
  periodLabel,
  renderAssessment,
  renderConversion,
  renderFigureNote,
  renderIndicatorNote,
  renderReportedOn,
} from "./figure-extras";
import { esc } from "./html";
import { formatDate, formatGoal, formatValue } from "./public-page.format";
import { statusEn, verdictEn, words, type Lang } from "./public-page.i18n";
import { termFigure, yearlyFigures, type PublicData } from "./public-page.data";
import type { ProgressSummary } from "../progress/progress.types";
import { barChart } from "./svg-chart";

export interface Rendered {
  data: PublicData;
  summary: ProgressSummary;
  progress: Map<string, IndicatorProgress>;
}

/** Links keep the chosen language. */
function href(lang: Lang, path: string): string {
  return lang === "en" ? `${path}${path.includes("?") ? "&" : "?"}lang=en` : path;
}

function verdictChip(lang: Lang, verdict: string, status: string | null): string {
  const text = lang === "vi" ? verdictLabel[verdict as Verdict] : verdictEn[verdict];
  const during = status
    ? ` · ${esc(lang === "vi" ? trackStatusLabel[status as TrackStatus] : statusEn[status])}`
    : "";
  return `<span class="verdict v-${esc(verdict)}">${esc(text)}${during}</span>`;
}

function page(
  lang: Lang,
  title: string,
  canonical: string,
  body: string,
  data: PublicData,
): string {
  const w = words[lang];
  const other = lang === "vi" ? href("en", canonical) : canonical;
  const last = data.lastApproved ? formatDate(data.lastApproved) : null;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<meta name="description" content="${esc(title)}">
<link rel="stylesheet" href="/cong-khai/style.css">
<link rel="alternate" hreflang="vi" href="${esc(canonical)}">
<link rel="alternate" hreflang="en" href="${esc(href("en", canonical))}">
</head>
<body>
<header><div class="inner">
<a class="lang" href="${esc(other)}" hreflang="${lang === "vi" ? "en" : "vi"}" lang="${lang === "vi" ? "en" : "vi"}">${w.otherLang}</a>
<p>${esc(w.siteTitle)}</p>
<h1>${esc(w.congress(data.congress.ordinal, data.congress.partyCommittee, data.congress.termStartYear, data.congress.termEndYear))}</h1>
</div></header>
<main>
${body}
</main>
<footer>
<p>${esc(w.lastChange)}: ${last ? `<time datetime="${data.lastApproved!.toISOString()}">${last}</time>` : esc(w.noChange)}</p>
<p>${esc(w.approvedOnly)}</p>
<p>${esc(w.openData)}: <a href="/cong-khai/so-lieu.csv">CSV</a> · <a href="/cong-khai/so-lieu.json">JSON</a>. ${esc(w.licence)}</p>
</footer>
</body>
</html>
`;
}

function targetTitle(lang: Lang, t: Target): string {
  return lang === "vi" ? t.title : t.titleEn || t.title;
}

function indicatorName(lang: Lang, i: Indicator): string {
  return lang === "vi" ? i.name : i.nameEn || i.name;
}

function indicatorSection(lang: Lang, r: Rendered, i: Indicator): string {
  const w = words[lang];
  const p = r.progress.get(i.id);
  const figures = yearlyFigures(r.data, i.id);
  const goal = formatGoal(lang, i);
  const name = `${i.code} ${indicatorName(lang, i)}`;
  const points = figures.map((m) => ({
    label: String(m.year),
    value: Number(m.value),
    text: formatValue(lang, Number(m.value), i.unit),
  }));
  const chart =
    points.length > 0
      ? barChart({
          title: w.chart(name),
          description: w.chartDesc(goal, points.map((pt) => `${pt.label}: ${pt.text}`).join("; ")),
          points,
          goalMin: i.targetMin === null ? null : Number(i.targetMin),
          goalMax: i.targetMax === null ? null : Number(i.targetMax),
        })
      : "";
  // Every approved figure, not only yearly ones: a half-year or whole-term figure is public too.
  // The current version of each period in the table; earlier approved versions as its history.
  const all = r.data.figures.filter((m) => m.indicatorId === i.id);
  const current = all.filter((m) => r.data.current.has(m.id));
  const earlier = all.filter((m) => !r.data.current.has(m.id));
  const term = termFigure(r.data, i.id);
  const termLine = term
    ? `<p class="term">${esc(w.wholeTerm(r.data.congress.termStartYear + 1, term.year))}: <strong>${esc(formatValue(lang, Number(term.value), i.unit))}</strong> <span class="muted">(${esc(term.valueKind === "OFFICIAL" ? w.official : w.estimate)})</span></p>`
    : "";
  const head = `<thead><tr><th scope="col">${w.year}</th><th scope="col">${w.value}</th><th scope="col">${w.kind}</th><th scope="col">${w.source}</th><th scope="col">${w.agency}</th></tr></thead>`;
  const table = current.length
    ? `<div class="table-wrap"><table class="figures">${head}<tbody>${figureRows(lang, r, i, current)}</tbody></table></div>`
    : `<p class="muted">${esc(w.noFigures)}</p>`;
  const history = earlier.length
    ? `<details class="versions"><summary>${esc(w.earlierVersions(earlier.length))}</summary><div class="table-wrap"><table class="history">${head}<tbody>${figureRows(lang, r, i, earlier)}</tbody></table></div></details>`
    : "";
  const reason = p ? (lang === "vi" ? p.reason : p.reasonEn || p.reason) : "";
  return `<section class="indicator" aria-labelledby="i-${esc(i.id)}">
<h3 id="i-${esc(i.id)}">${esc(name)}</h3>
<p>${w.goal}: <strong>${esc(goal)}</strong>${p ? ` · ${verdictChip(lang, p.verdict, p.status)}` : ""}</p>
${reason ? `<p class="muted">${esc(reason)}</p>` : ""}
${renderIndicatorNote(lang, p ? p.methodologyNote : i.methodologyNote)}
${termLine}
${chart}
${table}
${history}
</section>`;
}

function figureRows(lang: Lang, r: Rendered, i: Indicator, figures: Measurement[]): string {
  const w = words[lang];
  return figures
    .map((m) => {
      const agency = r.data.agencies.get(m.agencyId);
      const kind = m.valueKind === "OFFICIAL" ? w.official : w.estimate;
      return `<tr><td class="nowrap">${esc(periodLabel(lang, m, r.data.congress.termStartYear))}</td><td class="num">${esc(formatValue(lang, Number(m.value), i.unit))}</td><td class="nowrap">${esc(kind)}</td><td>${esc(m.source)}${renderReportedOn(lang, m.reportedOn)}${renderConversion(lang, m)}${renderFigureNote(lang, m.methodologyNote)}</td><td>${esc(agency?.shortName || agency?.name || "")}</td></tr>`;
    })
    .join("");
}
export function renderIndex(lang: Lang, r: Rendered): string {
  const w = words[lang];
  const sentence = lang === "vi" ? r.summary.sentence : r.summary.sentenceEn;
  const lines = r.summary.targets
    .map(({ target, progress, assessmentDiffers }) => {
      const n = target.number;
      return `<li><h3><a href="${esc(href(lang, `/cong-khai/chi-tieu/${n}`))}">${esc(w.target(n))}: ${esc(targetTitle(lang, target))}</a></h3>
<p>${verdictChip(lang, progress.verdict, progress.status)} <span class="muted">${esc(w.partsMet(progress.met, progress.total))}</span></p>${renderAssessment(lang, r.data.assessments.get(target.id), assessmentDiffers)}</li>`;
    })
    .join("\n");
  const body = `<p class="summary">${esc(sentence)}</p>
<h2>${esc(w.targets)}</h2>
<ol class="targets">
${lines}
</ol>`;
  return page(lang, `${w.siteTitle} — ${sentence}`, "/cong-khai", body, r.data);
}

export function renderTarget(lang: Lang, r: Rendered, target: Target): string {
  const w = words[lang];
  const line = r.summary.targets.find((l) => l.target.id === target.id);
  const indicators = r.data.indicators.filter((i) => i.targetId === target.id);
  const body = `<p><a href="${esc(href(lang, "/cong-khai"))}">${esc(w.back)}</a></p>
<h2>${esc(w.target(target.number))}: ${esc(targetTitle(lang, target))}</h2>
${line ? `<p>${w.verdict}: ${verdictChip(lang, line.progress.verdict, line.progress.status)}</p>` : ""}
${line ? `<p class="muted">${esc(lang === "vi" ? line.progress.reason : line.progress.reasonEn || line.progress.reason)}</p>` : ""}
${line ? line.progress.methodologyNotes.map((note) => renderIndicatorNote(lang, note)).join("") : ""}
${renderAssessment(lang, r.data.assessments.get(target.id), line?.assessmentDiffers ?? false)}
<blockquote lang="vi">${esc(target.text)}</blockquote>
${indicators.map((i) => indicatorSection(lang, r, i)).join("\n")}`;
  return page(
    lang,
    `${w.target(target.number)}: ${targetTitle(lang, target)}`,
    `/cong-khai/chi-tieu/${target.number}`,
    body,
    r.data,
  );
}
