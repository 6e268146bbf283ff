/** Progress of indicators, targets, key tasks and agencies, and the summary of a congress. */
import { vietnamDate } from "../../common/dates";
import { AssignmentRole } from "../../common/enums";
import { badInput } from "../../common/errors";
import type { RequestContext } from "../../context";
import { Assignment } from "../assignment/assignment.entity";
import { Indicator } from "../indicator/indicator.entity";
import { targetsOfKeyTasks } from "../key-task/key-task.loaders";
import { Target } from "../target/target.entity";
import { assessmentDiffers } from "../assessment/assessment.service";
import { approvedFigures, summaryTargets, termOf, type SummarySelection } from "./progress.loaders";
import { baselineOf, type Baseline } from "./baseline-from-predecessor";
import {
  combineProgress,
  indicatorProgress,
  trackStatusLabel,
  decidingParts,
  summarySentence,
  summarySentenceEn,
  verdictLabel,
  type Figure,
  type IndicatorGoal,
  type IndicatorProgress as Computed,
  type Term,
} from "./rules";
import {
  CombinedProgress,
  IndicatorProgress,
  ProgressSummary,
  TrackStatusEnum,
  VerdictEnum,
} from "./progress.types";

/** A checked as-of date (YYYY-MM-DD), or today in Vietnam. */
export function asOfDate(asOf: string | null | undefined): string {
  if (!asOf) return vietnamDate();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw badInput("asOf", "asOf phải có dạng YYYY-MM-DD");
  return asOf;
}

/**
 * Each indicator's progress within one request, by its as-of argument and id: the summary
 * computes every active indicator's, and the same request's `Indicator.progress` fields (the
 * admin's dashboard asks both) return those instead of computing them again. Keyed by the
 * request's context, so nothing outlives the request (no answer is kept across callers).
 */
const computedInRequest = new WeakMap<RequestContext, Map<string, Promise<IndicatorProgress>>>();

function onceInRequest(
  ctx: RequestContext,
  indicatorId: string,
  asOf: string | null | undefined,
  compute: () => Promise<IndicatorProgress>,
): Promise<IndicatorProgress> {
  let computed = computedInRequest.get(ctx);
  if (!computed) computedInRequest.set(ctx, (computed = new Map()));
  const key = `${asOf ?? ""}:${indicatorId}`;
  let progress = computed.get(key);
  if (!progress) computed.set(key, (progress = compute()));
  return progress;
}

export async function progressOfIndicator(
  ctx: RequestContext,
  indicator: Indicator,
  asOf: string | null | undefined,
): Promise<IndicatorProgress> {
  const date = asOfDate(asOf);
  return await onceInRequest(ctx, indicator.id, asOf, async () => {
    const [figures, term, baseline] = await Promise.all([
      approvedFigures(ctx, asOf ? date : null).load(indicator.id),
      termOf(ctx, indicator),
      baselineOf(ctx, indicator, asOf ? date : null),
    ]);
    return progressFrom(indicator, baseline, figures, term, date);
  });
}

/**
 * An indicator's progress on `date` from its approved figures, its congress's term and the
 * baseline it is read with (its own, or its predecessor's). The goal is the few columns the
 * rules read, not a copy of the whole entity.
 */
function progressFrom(
  indicator: Indicator,
  baseline: Baseline,
  figures: Figure[],
  term: Term,
  date: string,
): IndicatorProgress {
  const goal: IndicatorGoal = {
    kind: indicator.kind,
    comparator: indicator.comparator,
    direction: indicator.direction,
    targetMin: indicator.targetMin,
    targetMax: indicator.targetMax,
    unit: indicator.unit,
    unitKind: indicator.unitKind,
    baselineYear: baseline.baselineYear,
    baselineValue: baseline.baselineValue,
  };
  const computed: Computed = indicatorProgress(goal, figures, term, Number(date.slice(0, 4)));
  // Property by property, not a spread of `computed` (V8 copies a spread with more properties slowly).
  return {
    verdict: computed.verdict as VerdictEnum,
    status: computed.status as TrackStatusEnum | null,
    reason: computed.reason,
    reasonEn: computed.reasonEn,
    valueSoFar: computed.valueSoFar,
    projected: computed.projected,
    neededPerYear: computed.neededPerYear,
    yearsCounted: computed.yearsCounted,
    yearsMissing: computed.yearsMissing,
    termFigure: computed.termFigure,
    verdictLabel: verdictLabel[computed.verdict],
    statusLabel: computed.status ? trackStatusLabel[computed.status] : null,
    methodologyNote: indicator.methodologyNote ?? null,
    asOf: date,
  };
}

interface Part {
  label: string;
  labelEn: string;
  progress: {
    verdict: VerdictEnum;
    status: TrackStatusEnum | null;
    reason: string;
    reasonEn: string;
    methodologyNote?: string | null;
    methodologyNotes?: string[];
  };
}

function combined(
  parts: Part[],
  asOf: string,
  partName: { vi: string; en: string },
  withDetail = false,
): CombinedProgress {
  const { verdict, status } = combineProgress(parts.map((p) => p.progress));
  const met = parts.filter(
    (p) => p.progress.verdict === VerdictEnum.MET || p.progress.verdict === VerdictEnum.EXCEEDED,
  );
  const lagging = parts.filter(
    (p) => p.progress.verdict === VerdictEnum.NOT_MET || p.progress.verdict === VerdictEnum.NO_DATA,
  );
  // Indicators' own reasons carry the numbers; for targets (many parts) the count says enough.
  const detail = (list: Part[]) => list.map((p) => `${p.label}: ${p.progress.reason}`).join(" ");
  const detailEn = (list: Part[]) =>
    list.map((p) => `${p.labelEn}: ${p.progress.reasonEn}`).join(" ");
  const reason =
    parts.length === 0
      ? `Chưa có ${partName.vi}.`
      : lagging.length > 0
        ? detail(lagging)
        : `${met.length}/${parts.length} ${partName.vi} đạt hoặc vượt.${withDetail ? ` ${detail(parts)}` : ""}`;
  const reasonEn =
    parts.length === 0
      ? `No ${partName.en} yet.`
      : lagging.length > 0
        ? detailEn(lagging)
        : `${met.length}/${parts.length} ${partName.en} met or exceeded.${withDetail ? ` ${detailEn(parts)}` : ""}`;
  const notes = parts.flatMap((p) =>
    p.progress.methodologyNote
      ? [`${p.label}: ${p.progress.methodologyNote}`]
      : (p.progress.methodologyNotes ?? []),
  );
  return {
    verdict: verdict as VerdictEnum,
    verdictLabel: verdictLabel[verdict],
    status: status as TrackStatusEnum | null,
    statusLabel: status ? trackStatusLabel[status] : null,
    reason,
    reasonEn,
    decidedBy:
      parts.length === 0
        ? []
        : decidingParts(parts.map((p) => ({ ...p, verdict: p.progress.verdict }))).map(
            (p) => p.label,
          ),
    methodologyNotes: notes,
    met: met.length,
    total: parts.length,
    asOf,
  };
}

async function indicatorsOf(ctx: RequestContext, target: Target): Promise<Indicator[]> {
  const rows = await ctx.loaders
    .manyBy(Indicator, "targetId", { orderBy: { "row.position": "ASC", "row.code": "ASC" } })
    .load(target.id);
  return rows.filter((i) => i.active);
}

export async function progressOfTarget(
  ctx: RequestContext,
  target: Target,
  asOf?: string | null,
): Promise<CombinedProgress> {
  const indicators = await indicatorsOf(ctx, target);
  const parts = await Promise.all(
    indicators.map(async (i) => ({
      label: i.code,
      labelEn: i.code,
      progress: await progressOfIndicator(ctx, i, asOf),
    })),
  );
  return targetProgress(parts, asOfDate(asOf));
}

const targetProgress = (parts: Part[], date: string) =>
  combined(parts, date, { vi: "chỉ tiêu thành phần", en: "indicators" }, true);

export async function progressOfTargets(
  ctx: RequestContext,
  targets: Target[],
  asOf?: string | null,
) {
  const parts = await Promise.all(
    targets.map(async (t) => ({
      label: `Chỉ tiêu ${t.number}`,
      labelEn: `Target ${t.number}`,
      progress: await progressOfTarget(ctx, t, asOf),
    })),
  );
  return combined(parts, asOfDate(asOf), { vi: "chỉ tiêu", en: "targets" });
}

export async function progressOfKeyTask(
  ctx: RequestContext,
  keyTaskId: string,
  asOf?: string | null,
) {
  return progressOfTargets(ctx, await targetsOfKeyTasks(ctx).load(keyTaskId), asOf);
}

/** Over the indicators an agency currently leads. */
export async function progressOfAgency(
  ctx: RequestContext,
  agencyId: string,
  asOf?: string | null,
) {
  const leads = await ctx.loaders
    .manyBy(Assignment, "agencyId", {
      key: "activeLeads",
      scope: (qb, a) =>
        void qb.andWhere(`${a}.role = :lead AND ${a}.endsOn IS NULL`, {
          lead: AssignmentRole.LEAD,
        }),
    })
    .load(agencyId);
  const indicators = (
    await ctx.loaders.byId(Indicator).loadMany(leads.map((l) => l.indicatorId))
  ).filter((i): i is Indicator => !!i && !(i instanceof Error) && i.active);
  const parts = await Promise.all(
    indicators.map(async (i) => ({
      label: i.code,
      labelEn: i.code,
      progress: await progressOfIndicator(ctx, i, asOf),
    })),
  );
  return combined(parts, asOfDate(asOf), {
    vi: "chỉ tiêu thành phần chủ trì",
    en: "indicators led",
  });
}

export async function progressSummary(
  ctx: RequestContext,
  congressId: string,
  asOf?: string | null,
  selection?: SummarySelection,
): Promise<ProgressSummary> {
  const date = asOfDate(asOf);
  // One statement for the whole congress and the relations the caller asks of its targets
  // (progress.loaders.ts), the same rules as progressOfTarget.
  const read = await summaryTargets(ctx, congressId, asOf ? date : null, selection);
  const lines = await Promise.all(
    read.map(async ({ target, term, indicators, assessments }) => {
      // A continuing indicator without a baseline of its own takes its predecessor's last
      // approved value: one more (batched) read, only when there is such an indicator.
      const parts = await Promise.all(
        indicators
          .filter(({ indicator }) => indicator.active)
          .map(async ({ indicator, figures }) => ({
            label: indicator.code,
            labelEn: indicator.code,
            progress: await onceInRequest(ctx, indicator.id, asOf, async () =>
              progressFrom(
                indicator,
                await baselineOf(ctx, indicator, asOf ? date : null),
                figures,
                term,
                date,
              ),
            ),
          })),
      );
      const progress = targetProgress(parts, date);
      // The assessment that stands on the date (by the document's date), or the latest one.
      const assessment = assessments.find((a) => !asOf || a.documentDate <= date) ?? null;
      return {
        target,
        progress,
        assessment,
        assessmentDiffers: assessmentDiffers(assessment, progress.verdict),
      };
    }),
  );
  const count = (verdict: VerdictEnum) =>
    lines.filter((l) => l.progress.verdict === verdict).length;
  const status = (s: TrackStatusEnum) => lines.filter((l) => l.progress.status === s).length;
  const counts = {
    exceeded: count(VerdictEnum.EXCEEDED),
    met: count(VerdictEnum.MET),
    notMet: count(VerdictEnum.NOT_MET),
    noData: count(VerdictEnum.NO_DATA),
    atRisk: status(TrackStatusEnum.AT_RISK),
    offTrack: status(TrackStatusEnum.OFF_TRACK),
    total: lines.length,
  };
  return {
    congressId,
    asOf: date,
    sentence: summarySentence(counts),
    sentenceEn: summarySentenceEn(counts),
    ...counts,
    targets: lines,
  };
}
