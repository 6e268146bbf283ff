/**
 * The benchmark's queries, each written in the terms of the API that answers it, and
 * how to reduce each answer to a common form so that the answers can be compared.
 *
 * (a) targets: one province's 20 targets with their indicators, lead agency and the
 *     last 5 approved official yearly figures of each indicator.
 * (b) queue: one agency's approval queue, its 20 latest SUBMITTED figures with the
 *     indicator code and target number.
 * (c) summary: the progress summary of one congress (our `progressSummary`; PostGraphile
 *     has no equivalent).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../server/config";

/**
 * Ours. `Indicator.measurements` narrows in SQL by status, period and kind and keeps the
 * latest `last` years; the normalisation below still keeps the newest 5 rows, which is the
 * same answer when an indicator has one approved official yearly figure a year.
 */
export const OURS_TARGETS = `query BenchTargets($congressId: ID!) {
  allTargets(filter: { congressId: $congressId }, perPage: 20, sortField: "number") {
    number title
    indicators {
      code name unit comparator targetMin targetMax
      leadAgency { shortName }
      measurements(status: APPROVED, period: YEAR, valueKind: OFFICIAL, last: 5) { year period valueKind value }
    }
  }
}`;

/** Ours without the figures: the same list, to separate the cost of the figures from the rest. */
export const OURS_TARGETS_BARE = `query BenchTargetsBare($congressId: ID!) {
  allTargets(filter: { congressId: $congressId }, perPage: 20, sortField: "number") {
    number title
    indicators { code name unit comparator targetMin targetMax leadAgency { shortName } }
  }
}`;

export const OURS_QUEUE = `query BenchQueue($agencyId: ID!) {
  allMeasurements(filter: { agencyId: $agencyId, status: SUBMITTED }, sortField: "submittedAt", sortOrder: "DESC", perPage: 20) {
    id year period value valueKind submittedAt
    indicator { code target { number } }
  }
}`;

export const OURS_SUMMARY = `query BenchSummary($congressId: ID!) {
  progressSummary(congressId: $congressId) {
    sentence total exceeded met notMet noData atRisk offTrack
    targets {
      target { number title }
      progress { verdict verdictLabel status statusLabel reason met total }
    }
  }
}`;

/**
 * PostGraphile 4, in its generated schema's terms (checked against its introspection
 * before the run): `allX(condition:, orderBy:, first:) { nodes }`, relations named by
 * foreign key (`indicatorsByTargetId`, `agencyByAgencyId`). The lead is the active LEAD
 * assignment: a partial unique index is not a relation PostGraphile can follow.
 */
export const PG_TARGETS = `query BenchTargets($congressId: UUID!) {
  allTargets(condition: { congressId: $congressId }, orderBy: NUMBER_ASC, first: 20) {
    nodes {
      number title
      indicatorsByTargetId(orderBy: [POSITION_ASC, CODE_ASC]) {
        nodes {
          code name unit comparator targetMin targetMax
          assignmentsByIndicatorId(condition: { role: LEAD, endsOn: null }) {
            nodes { agencyByAgencyId { shortName } }
          }
          measurementsByIndicatorId(
            condition: { status: APPROVED, period: YEAR, valueKind: OFFICIAL }
            orderBy: YEAR_DESC
            first: 5
          ) { nodes { year value valueKind } }
        }
      }
    }
  }
}`;

export const PG_TARGETS_BARE = `query BenchTargetsBare($congressId: UUID!) {
  allTargets(condition: { congressId: $congressId }, orderBy: NUMBER_ASC, first: 20) {
    nodes {
      number title
      indicatorsByTargetId(orderBy: [POSITION_ASC, CODE_ASC]) {
        nodes {
          code name unit comparator targetMin targetMax
          assignmentsByIndicatorId(condition: { role: LEAD, endsOn: null }) {
            nodes { agencyByAgencyId { shortName } }
          }
        }
      }
    }
  }
}`;

export const PG_QUEUE = `query BenchQueue($agencyId: UUID!) {
  allMeasurements(condition: { agencyId: $agencyId, status: SUBMITTED }, orderBy: [SUBMITTED_AT_DESC, ID_ASC], first: 20) {
    nodes {
      id year period value valueKind submittedAt
      indicatorByIndicatorId { code targetByTargetId { number } }
    }
  }
}`;

/* ---------- answers reduced to a common form ---------- */

type Json = Record<string, unknown>;
const arr = (v: unknown) => (Array.isArray(v) ? (v as Json[]) : []);
const obj = (v: unknown) => (v && typeof v === "object" ? (v as Json) : {});
const data = (body: Json) => obj(body.data);

export interface TargetAnswer {
  number: number;
  indicators: { code: string; lead: string | null; figures: [number, number][] }[];
}

/** Ours or the SQL ceiling: figures filtered to approved official yearly ones, newest 5. */
export function targetsFromOurs(body: Json, withFigures: boolean): TargetAnswer[] {
  return arr(data(body).allTargets).map((t) => ({
    number: Number(t.number),
    indicators: arr(t.indicators).map((i) => ({
      code: String(i.code),
      lead: (obj(i.leadAgency).shortName as string | undefined) ?? null,
      figures: withFigures
        ? arr(i.measurements)
            .filter(
              (m) => (m.period ?? "YEAR") === "YEAR" && (m.valueKind ?? "OFFICIAL") === "OFFICIAL",
            )
            .sort((x, y) => Number(y.year) - Number(x.year))
            .slice(0, 5)
            .map((m) => [Number(m.year), Number(m.value)] as [number, number])
        : [],
    })),
  }));
}

export function targetsFromPostGraphile(body: Json, withFigures: boolean): TargetAnswer[] {
  return arr(obj(data(body).allTargets).nodes).map((t) => ({
    number: Number(t.number),
    indicators: arr(obj(t.indicatorsByTargetId).nodes).map((i) => ({
      code: String(i.code),
      lead:
        (obj(arr(obj(i.assignmentsByIndicatorId).nodes)[0]?.agencyByAgencyId).shortName as
          string | undefined) ?? null,
      figures: withFigures
        ? arr(obj(i.measurementsByIndicatorId).nodes).map(
            (m) => [Number(m.year), Number(m.value)] as [number, number],
          )
        : [],
    })),
  }));
}

export interface QueueAnswer {
  id: string;
  year: number;
  period: string;
  value: number;
  submittedAt: number;
  code: string;
  number: number;
}

export function queueFromOurs(body: Json): QueueAnswer[] {
  return arr(data(body).allMeasurements).map((m) => ({
    id: String(m.id),
    year: Number(m.year),
    period: String(m.period),
    value: Number(m.value),
    submittedAt: Date.parse(String(m.submittedAt)),
    code: String(obj(m.indicator).code),
    number: Number(obj(obj(m.indicator).target).number),
  }));
}

export function queueFromPostGraphile(body: Json): QueueAnswer[] {
  return arr(obj(data(body).allMeasurements).nodes).map((m) => ({
    id: String(m.id),
    year: Number(m.year),
    period: String(m.period),
    value: Number(m.value),
    submittedAt: Date.parse(String(m.submittedAt)),
    code: String(obj(m.indicatorByIndicatorId).code),
    number: Number(obj(obj(m.indicatorByIndicatorId).targetByTargetId).number),
  }));
}

/**
 * (c′) the admin's dashboard, as it sends it: the document the admin's code generator wrote for
 * admin/src/dashboard/useDashboardData.ts (admin/src/generated/graphql.ts, with its fragments),
 * read from that file so the bench cannot drift from what the panel asks.
 */
export const OURS_DASHBOARD = ((): string => {
  const file = path.join(projectRoot(), "admin", "src", "generated", "graphql.ts");
  const found = /export const DashboardDocument = new TypedDocumentString\(`([\s\S]*?)`\)/.exec(
    readFileSync(file, "utf8"),
  );
  if (!found) throw new Error(`DashboardDocument not found in ${file}`);
  return found[1];
})();

/** The dashboard's answer in a common form: the sentence, each target's verdict, and how much came. */
export function dashboardFromOurs(body: Json) {
  const summary = obj(data(body).progressSummary);
  const targets = arr(summary.targets).map(obj);
  const indicators = targets.flatMap((t) => arr(obj(t.target).indicators).map(obj));
  return {
    sentence: String(summary.sentence),
    verdicts: targets.map((t) => `${obj(t.target).number}:${obj(t.progress).verdict}`).join(" "),
    indicators: indicators.length,
    measurements: indicators.reduce((n, i) => n + arr(i.measurements).length, 0),
  };
}

export function summaryFromOurs(body: Json): { sentence: string; targets: number } {
  const summary = obj(data(body).progressSummary);
  return { sentence: String(summary.sentence), targets: arr(summary.targets).length };
}
