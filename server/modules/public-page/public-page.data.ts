/**
 * What the public page shows, read as an anonymous caller through the same
 * list specs and progress services the GraphQL API uses: the row scopes that
 * keep drafts, submitted and returned figures inside their agency apply here
 * unchanged, whoever is signed in to the browser. There is no query of its own.
 */
import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import { anonymousPermissions } from "../../auth/permissions";
import { vietnamDate } from "../../common/dates";
import { MeasurementStatus, PeriodType } from "../../common/enums";
import { findAllRows } from "../../common/list";
import { createContext, type RequestContext } from "../../context";
import type { Logger } from "../../logger";
import type { Agency } from "../agency/agency.entity";
import { agencyList } from "../agency/agency.service";
import { latestAssessment } from "../assessment/assessment.service";
import type { TargetAssessment } from "../assessment/target-assessment.entity";
import type { Congress } from "../congress/congress.entity";
import { congressList } from "../congress/congress.service";
import type { Indicator } from "../indicator/indicator.entity";
import { indicatorList } from "../indicator/indicator.service";
import type { Measurement } from "../measurement/measurement.entity";
import { measurementList } from "../measurement/measurement.service";
import { progressOfIndicator, progressSummary } from "../progress/progress.service";
import type { IndicatorProgress, ProgressSummary } from "../progress/progress.types";
import type { Target } from "../target/target.entity";
import { targetList } from "../target/target.service";

/** Bounds of what one page reads (the seeded resolution has 20 targets, ~35 indicators). */
const MAX_TARGETS = 200;
const MAX_INDICATORS = 1000;
const MAX_FIGURES = 20_000;

export interface PublicData {
  congress: Congress;
  targets: Target[];
  indicators: Indicator[];
  /** Approved figures only, oldest year first; a period's versions in the order they became current. */
  figures: Measurement[];
  /** Ids of the figures that stand (the latest approved version of their period and kind). */
  current: Set<string>;
  /** The province's own latest assessment of each target (the same as `Target.assessment`). */
  assessments: Map<string, TargetAssessment | null>;
  agencies: Map<string, Agency>;
  /** The newest approval among the figures shown (null when none). */
  lastApproved: Date | null;
  /** The newest approval or recorded assessment shown (the Last-Modified header). */
  lastModified: Date | null;
  /** Changes whenever a figure is approved or reopened, or the resolution's data is edited. */
  etag: string;
}

/** A context with the permissions of a caller who is not signed in, whoever sent the request. */
export function anonymousContext(
  db: DataSource,
  primaryDb: DataSource,
  log: Logger,
  requestId: string,
): RequestContext {
  return createContext({
    user: null,
    permissions: new Set(anonymousPermissions),
    via: "anonymous",
    requestId,
    db,
    primaryDb,
    log,
    ip: "",
  });
}

/** The congress the page is about: the latest term that has targets. */
async function currentCongress(ctx: RequestContext): Promise<Congress | null> {
  const congresses = await findAllRows(
    ctx,
    congressList,
    { sortField: "termStartYear", sortOrder: "DESC" },
    {},
    50,
  );
  for (const congress of congresses) {
    const targets = await findAllRows(ctx, targetList, {}, { congressId: congress.id }, 1);
    if (targets.length > 0) return congress;
  }
  return null;
}

export async function loadPublicData(ctx: RequestContext): Promise<PublicData | null> {
  const congress = await currentCongress(ctx);
  if (!congress) return null;
  const congressId = congress.id;
  const [targets, indicators, visible, agencies] = await Promise.all([
    findAllRows(
      ctx,
      targetList,
      { sortField: "number", sortOrder: "ASC" },
      { congressId },
      MAX_TARGETS,
    ),
    findAllRows(ctx, indicatorList, {}, { congressId, active: true }, MAX_INDICATORS),
    findAllRows(
      ctx,
      measurementList,
      { sortField: "year", sortOrder: "ASC" },
      { congressId, status: MeasurementStatus.APPROVED },
      MAX_FIGURES,
    ),
    findAllRows(ctx, agencyList, {}, {}, 5000),
  ]);
  // The scope already keeps an anonymous caller to approved figures; this says so twice.
  const figures = visible
    .filter((m) => m.status === MeasurementStatus.APPROVED)
    .sort((a, b) => a.year - b.year || compareVersions(a, b));
  const current = new Map<string, string>();
  for (const m of figures) current.set(versionKey(m), m.id); // the last one listed stands
  const assessed = await Promise.all(targets.map((t) => latestAssessment(ctx, t.id, null)));
  indicators.sort((a, b) => a.position - b.position || a.code.localeCompare(b.code, "vi"));
  let lastApproved: Date | null = null;
  for (const m of figures) {
    const at = m.reviewedAt ?? m.updatedAt;
    if (!lastApproved || at > lastApproved) lastApproved = at;
  }
  let lastModified = lastApproved;
  for (const a of assessed)
    if (a && (!lastModified || a.createdAt > lastModified)) lastModified = a.createdAt;
  const hash = createHash("sha256");
  for (const m of figures) hash.update(`${m.id}:${m.version};`);
  for (const a of assessed) if (a) hash.update(`${a.id};`);
  for (const row of [congress, ...targets, ...indicators])
    hash.update(`${row.id}:${row.updatedAt.getTime()};`);
  return {
    congress,
    targets,
    indicators,
    figures,
    current: new Set(current.values()),
    assessments: new Map(targets.map((t, index) => [t.id, assessed[index]])),
    agencies: new Map(agencies.map((a) => [a.id, a])),
    lastApproved,
    lastModified,
    etag: `"${hash.digest("base64url").slice(0, 27)}"`,
  };
}

/** Verdicts, from the same progress service as `progressSummary` and `Indicator.progress`. */
export async function loadProgress(
  ctx: RequestContext,
  data: PublicData,
): Promise<{ summary: ProgressSummary; progress: Map<string, IndicatorProgress> }> {
  const [summary, progress] = await Promise.all([
    progressSummary(ctx, data.congress.id),
    Promise.all(data.indicators.map((i) => progressOfIndicator(ctx, i, null))),
  ]);
  return {
    summary,
    progress: new Map(data.indicators.map((i, index) => [i.id, progress[index]])),
  };
}

/** A period's versions share this: progress keeps the latest of each kind (OFFICIAL, ESTIMATE). */
function versionKey(m: Measurement): string {
  return `${m.indicatorId}|${m.year}|${m.period}|${m.valueKind}`;
}

/**
 * The order a period's versions became current in, as progress reads them: the reported-on date
 * (else the day of approval, else of entry), then approval, entry and id.
 */
export function compareVersions(a: Measurement, b: Measurement): number {
  const day = (m: Measurement) =>
    m.reportedOn ?? (m.reviewedAt ? vietnamDate(m.reviewedAt) : vietnamDate(m.createdAt));
  const time = (d: Date | null) => (d ? d.getTime() : -Infinity);
  return (
    day(a).localeCompare(day(b)) ||
    time(a.reviewedAt) - time(b.reviewedAt) ||
    a.createdAt.getTime() - b.createdAt.getTime() ||
    a.id.localeCompare(b.id)
  );
}

/** The whole-term figure of one indicator that stands: the official one beats an estimate. */
export function termFigure(data: PublicData, indicatorId: string): Measurement | null {
  let chosen: Measurement | null = null;
  for (const m of data.figures) {
    if (m.indicatorId !== indicatorId || m.period !== PeriodType.TERM) continue;
    if (!data.current.has(m.id) || m.year !== data.congress.termEndYear) continue;
    if (!chosen || (chosen.valueKind !== "OFFICIAL" && m.valueKind === "OFFICIAL")) chosen = m;
  }
  return chosen;
}

/** The yearly figures of one indicator for its chart: current versions, official beats estimate. */
export function yearlyFigures(data: PublicData, indicatorId: string): Measurement[] {
  const byYear = new Map<number, Measurement>();
  for (const m of data.figures) {
    if (m.indicatorId !== indicatorId || m.period !== PeriodType.YEAR) continue;
    if (!data.current.has(m.id)) continue;
    const seen = byYear.get(m.year);
    if (!seen || (seen.valueKind !== "OFFICIAL" && m.valueKind === "OFFICIAL"))
      byYear.set(m.year, m);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
