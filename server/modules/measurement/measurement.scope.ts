/**
 * Which figures a caller may read: approved ones for everyone; drafts,
 * submitted and returned ones only inside the reporting agency and for those
 * who may read every figure (the provincial office).
 */
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { Permission } from "../../auth/permissions";
import { MeasurementStatus } from "../../common/enums";
import type { RequestContext } from "../../context";

/** Whose unpublished figures the caller may read: every agency's, their own agency's, or none. */
type UnpublishedReach = { all: true } | { all: false; agencyId: string } | null;

function unpublishedReach(ctx: RequestContext): UnpublishedReach {
  if (ctx.permissions.has(Permission.ReadAnyMeasurement)) return { all: true };
  const agencyId = ctx.permissions.has(Permission.ReadOwnAgencyMeasurement)
    ? ctx.user?.agencyId
    : null;
  return agencyId ? { all: false, agencyId } : null;
}

/** May the caller read the drafts, submitted and returned figures of this agency? */
export function mayReadUnpublishedOf(ctx: RequestContext, agencyId: string): boolean {
  const reach = unpublishedReach(ctx);
  return reach !== null && (reach.all || reach.agencyId === agencyId);
}

/** May the caller read this figure? */
export function mayReadFigure(
  ctx: RequestContext,
  figure: { status: MeasurementStatus; agencyId: string },
): boolean {
  return figure.status === MeasurementStatus.APPROVED || mayReadUnpublishedOf(ctx, figure.agencyId);
}

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
  const reach = unpublishedReach(ctx);
  if (reach?.all) return;
  const agencyId = reach?.agencyId;
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
  const reach = unpublishedReach(ctx);
  if (reach?.all) return "";
  return reach?.agencyId
    ? `AND (${alias}.status = ${APPROVED} OR ${alias}.agency_id = :scopeAgencyId)`
    : `AND ${alias}.status = ${APPROVED}`;
}
