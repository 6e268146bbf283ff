/** Assignments and figures of an indicator or an agency, through per-request loaders. */
import { badInput } from "../../common/errors";
import {
  AssignmentRole,
  type MeasurementStatus,
  type PeriodType,
  type ValueKind,
} from "../../common/enums";
import { leanMany } from "../../read/lean";
import { nestable } from "../../read/prefetch";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { Agency } from "../agency/agency.entity";
import type { RequestContext } from "../../context";
import { Measurement } from "../measurement/measurement.entity";
import {
  measurementScopeKey,
  measurementScopeSql,
  scopeMeasurements,
} from "../measurement/measurement.scope";
import { Assignment } from "./assignment.entity";

/** Current and past assignments by `indicatorId` or `agencyId`; `active` keeps only current (or ended) ones. */
export async function assignmentsBy(
  ctx: RequestContext,
  column: "indicatorId" | "agencyId",
  id: string,
  active?: boolean | null,
): Promise<Assignment[]> {
  const rows = await ctx.loaders
    .manyBy(Assignment, column, { orderBy: { "row.startsOn": "ASC", "row.role": "ASC" } })
    .load(id);
  return active === undefined || active === null ? rows : rows.filter((a) => a.active === active);
}

/** Agencies (as "row") joined to the active LEAD assignment ("lead") of each indicator. */
function leadAgencies(ctx: RequestContext): SelectQueryBuilder<Agency> {
  return ctx.db
    .getRepository(Agency)
    .createQueryBuilder("row")
    .innerJoin(
      Assignment,
      "lead",
      "lead.agencyId = row.id AND lead.role = :lead AND lead.endsOn IS NULL",
      { lead: AssignmentRole.LEAD },
    );
}

/**
 * The agency actively leading each indicator (chủ trì), by indicator id: one statement for
 * the batch, joining the active LEAD assignment (at most one per indicator) to its agency.
 */
export function leadAgencyOf(
  ctx: RequestContext,
  indicatorId: string,
  columns?: readonly string[],
): Promise<Agency | null> {
  return ctx.loaders
    .custom<string, Agency | null>(`leadAgency:${columns?.join(",") ?? "*"}`, async (ids) => {
      const qb = leadAgencies(ctx).where("lead.indicatorId = ANY(:ids)", { ids: [...ids] });
      const rows = await leanMany(qb, { columns, extra: { leadOf: "lead.indicator_id" } });
      const byIndicator = new Map(
        rows.map((row) => [(row as Agency & { leadOf: string }).leadOf, row]),
      );
      return ids.map((id) => byIndicator.get(id) ?? null);
    })
    .load(indicatorId);
}

nestable("Indicator.leadAgency", {
  entity: Agency,
  single: true,
  query: (ctx, _args, parentId) =>
    leadAgencies(ctx).where(`lead.indicatorId = ${parentId}`) as SelectQueryBuilder<ObjectLiteral>,
});

/** Narrows the figures of a relation field, in SQL. */
export interface FigureFilter {
  status?: MeasurementStatus | null;
  year?: number | null;
  period?: PeriodType | null;
  valueKind?: ValueKind | null;
  /** Only the figures of the latest `last` years that have one (per indicator or agency). */
  last?: number | null;
}

/**
 * What the caller may read of the figures of `column`, narrowed by `filter`, as a scope for
 * the query of one or many parents (`keys`: the SQL of their ids as a uuid array).
 */
function figureScope(
  ctx: RequestContext,
  column: "indicatorId" | "agencyId",
  filter: FigureFilter,
): (qb: SelectQueryBuilder<Measurement>, alias: string, keys: string) => void {
  const { status, year, period, valueKind, last } = filter;
  if (last !== undefined && last !== null && (!Number.isInteger(last) || last < 1 || last > 50)) {
    throw badInput("last", "last phải từ 1 đến 50 (last must be 1–50)");
  }
  // [property, column, value] of each filter given.
  const given = (
    [
      ["status", "status", status],
      ["year", "year", year],
      ["period", "period", period],
      ["valueKind", "value_kind", valueKind],
    ] as const
  ).filter(([, , value]) => value !== undefined && value !== null);
  const params = Object.fromEntries([...given.map(([p, , v]) => [`f_${p}`, v]), ["f_last", last]]);
  return (qb, alias, keys) => {
    scopeMeasurements(qb, alias, ctx);
    for (const [property] of given) qb.andWhere(`${alias}.${property} = :f_${property}`, params);
    if (last) {
      // The latest `last` years of each key, found once per key (a backward index scan each),
      // then the figures of those years: one statement for the batch.
      const parent = column === "indicatorId" ? "indicator_id" : "agency_id";
      // Only years with a figure the caller may read count: a draft year must not hide the
      // latest approved one from the public (nor reveal that it exists).
      const same = [
        ...given.map(([p, c]) => `AND m.${c} = :f_${p}`),
        measurementScopeSql(ctx, "m"),
      ].join(" ");
      qb.andWhere(
        `(${alias}.${column}, ${alias}.year) IN (SELECT k.id, y.year
           FROM unnest(${keys}) k(id)
           CROSS JOIN LATERAL (SELECT DISTINCT m.year FROM measurement m
             WHERE m.${parent} = k.id ${same} ORDER BY m.year DESC LIMIT :f_last) y)`,
        params,
      );
    }
  };
}

/** Figures by `indicatorId` or `agencyId` that the caller may read, oldest period first. */
export function measurementsBy(
  ctx: RequestContext,
  column: "indicatorId" | "agencyId",
  id: string,
  filter: FigureFilter = {},
  /** Only these properties (server/read/projection.ts); every column when absent. */
  columns?: readonly string[],
): Promise<Measurement[]> {
  return ctx.loaders
    .manyBy(Measurement, column, {
      key: `${measurementScopeKey(ctx)}:${JSON.stringify(filter)}`,
      scope: figureScope(ctx, column, filter),
      // Versions of one period in the order they were reported; the id settles ties.
      orderBy: { "row.year": "ASC", "row.period": "ASC", "row.reportedOn": "ASC", "row.id": "ASC" },
      columns,
    })
    .load(id);
}

nestable("Indicator.measurements", {
  entity: Measurement,
  query: (ctx, args, parentId) => {
    const scope = figureScope(ctx, "indicatorId", args as FigureFilter);
    const qb = ctx.db
      .getRepository(Measurement)
      .createQueryBuilder("row")
      .where(`row.indicatorId = ${parentId}`);
    scope(qb, "row", `ARRAY[${parentId}]::uuid[]`);
    return qb
      .orderBy("row.year", "ASC")
      .addOrderBy("row.period", "ASC")
      .addOrderBy("row.reportedOn", "ASC")
      .addOrderBy("row.id", "ASC") as unknown as SelectQueryBuilder<ObjectLiteral>;
  },
});
