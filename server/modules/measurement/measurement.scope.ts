/**
 * Which figures a caller may read: approved ones for everyone; drafts,
 * submitted and returned ones only inside the reporting agency and for those
 * who may read every figure (the provincial office).
 */
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { Permission } from "../../auth/permissions";
import { MeasurementStatus } from "../../common/enums";
import type { RequestContext } from "../../context";

/**
 * The status everyone may read, written into the SQL rather than sent as a parameter: a
 * prepared statement's generic plan can then use the partial indexes on approved figures.
 */
const APPROVED = `'${MeasurementStatus.APPROVED}'`;

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
    qb.andWhere(`(${alias}.status = ${APPROVED} OR ${alias}.agencyId = :scopeAgencyId)`, {
      scopeAgencyId: agencyId,
    });
  } else {
    qb.andWhere(`${alias}.status = ${APPROVED}`);
  }
}

/**
 * The same scope as SQL over a raw `measurement` alias (column names, not properties), for
 * subqueries such as the latest years of `last:`; it uses the parameter scopeMeasurements
 * sets on the outer query (`:scopeAgencyId`), so call that first.
 */
export function measurementScopeSql(ctx: RequestContext, alias: string): string {
  if (ctx.permissions.has(Permission.ReadAnyMeasurement)) return "";
  const agencyId = ctx.permissions.has(Permission.ReadOwnAgencyMeasurement)
    ? ctx.user?.agencyId
    : null;
  return agencyId
    ? `AND (${alias}.status = ${APPROVED} OR ${alias}.agency_id = :scopeAgencyId)`
    : `AND ${alias}.status = ${APPROVED}`;
}
