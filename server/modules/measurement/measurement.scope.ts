/**
 * Which figures a caller may read: approved ones for everyone; drafts,
 * submitted and returned ones only inside the reporting agency and for those
 * who may read every figure (the provincial office).
 */
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { Permission } from "../../auth/permissions";
import { MeasurementStatus } from "../../common/enums";
import type { RequestContext } from "../../context";

export function scopeMeasurements<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  ctx: RequestContext,
): void {
  if (ctx.permissions.has(Permission.ReadAnyMeasurement)) return;
  const agencyId = ctx.permissions.has(Permission.ReadOwnAgencyMeasurement)
    ? ctx.user?.agencyId
    : null;
  if (agencyId) {
    qb.andWhere(`(${alias}.status = :approved OR ${alias}.agencyId = :scopeAgencyId)`, {
      approved: MeasurementStatus.APPROVED,
      scopeAgencyId: agencyId,
    });
  } else {
    qb.andWhere(`${alias}.status = :approved`, { approved: MeasurementStatus.APPROVED });
  }
}

/**
 * The same scope as SQL over a raw `measurement` alias (column names, not properties), for
 * subqueries such as the latest years of `last:`; it uses the parameters scopeMeasurements
 * sets on the outer query (`:approved`, `:scopeAgencyId`), so call that first.
 */
export function measurementScopeSql(ctx: RequestContext, alias: string): string {
  if (ctx.permissions.has(Permission.ReadAnyMeasurement)) return "";
  const agencyId = ctx.permissions.has(Permission.ReadOwnAgencyMeasurement)
    ? ctx.user?.agencyId
    : null;
  return agencyId
    ? `AND (${alias}.status = :approved OR ${alias}.agency_id = :scopeAgencyId)`
    : `AND ${alias}.status = :approved`;
}

/** The key that separates loaders of different scopes within one request. */
export function measurementScopeKey(ctx: RequestContext): string {
  return `scope:${ctx.permissions.has(Permission.ReadAnyMeasurement) ? "all" : (ctx.user?.agencyId ?? "public")}`;
}
