/** Assignments and figures of an indicator or an agency, through per-request loaders. */
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

/** Figures by `indicatorId` or `agencyId` that the caller may read, oldest period first. */
export function measurementsBy(
  ctx: RequestContext,
  column: "indicatorId" | "agencyId",
  id: string,
): Promise<Measurement[]> {
  return ctx.loaders
    .manyBy(Measurement, column, {
      key: measurementScopeKey(ctx),
      scope: (qb, alias) => scopeMeasurements(qb, alias, ctx),
      orderBy: { "row.year": "ASC", "row.period": "ASC" },
    })
    .load(id);
}
