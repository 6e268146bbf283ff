/** Assignments and figures of an indicator or an agency, through per-request loaders. */
import { badInput } from "../../common/errors";
import type { MeasurementStatus, PeriodType, ValueKind } from "../../common/enums";
import type { RequestContext } from "../../context";
import { Measurement } from "../measurement/measurement.entity";
import { measurementScopeKey, scopeMeasurements } from "../measurement/measurement.scope";
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

/** Narrows the figures of a relation field, in SQL. */
export interface FigureFilter {
  status?: MeasurementStatus | null;
  year?: number | null;
  period?: PeriodType | null;
  valueKind?: ValueKind | null;
  /** Only the figures of the latest `last` years that have one (per indicator or agency). */
  last?: number | null;
}

/** Figures by `indicatorId` or `agencyId` that the caller may read, oldest period first. */
export function measurementsBy(
  ctx: RequestContext,
  column: "indicatorId" | "agencyId",
  id: string,
  filter: FigureFilter = {},
): Promise<Measurement[]> {
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
  return ctx.loaders
    .manyBy(Measurement, column, {
      key: `${measurementScopeKey(ctx)}:${JSON.stringify(filter)}`,
      scope: (qb, alias) => {
        scopeMeasurements(qb, alias, ctx);
        for (const [property] of given)
          qb.andWhere(`${alias}.${property} = :f_${property}`, params);
        if (last) {
          // From the earliest of the latest `last` years with a figure: one statement for the batch.
          const parent = column === "indicatorId" ? "indicator_id" : "agency_id";
          const same = given.map(([p, c]) => `AND m.${c} = :f_${p}`).join(" ");
          qb.andWhere(
            `${alias}.year >= (SELECT min(y.year) FROM (SELECT DISTINCT m.year FROM measurement m
               WHERE m.${parent} = ${alias}.${column} ${same} ORDER BY m.year DESC LIMIT :f_last) y)`,
            params,
          );
        }
      },
      orderBy: { "row.year": "ASC", "row.period": "ASC" },
    })
    .load(id);
}
