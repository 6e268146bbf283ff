/**
 * Writes audit events. Changes are recorded with the transaction's manager,
 * so the record and its audit row commit or roll back together; security
 * events (failed logins, denials) are written on their own.
 */
import { dataChanged } from "../../http/public-cache";
import type { EntityManager } from "typeorm";
import type { RequestContext } from "../../context";
import { AuditEvent } from "./audit-event.entity";
import { Permission } from "../../auth/permissions";
import { ALIAS, whereEquals, type ListSpec } from "../../common/list";
import type { AuditEventFilter } from "./audit.inputs";

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** Fields never copied into the log. */
const SECRET_FIELDS = new Set(["passwordHash", "tokenHash", "password", "token"]);

/** A plain copy of a record for the log, without secrets. */
export function snapshot(record: object | null | undefined): Record<string, unknown> | null {
  if (!record) return null;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (SECRET_FIELDS.has(key) || typeof value === "function") continue;
    if (
      value !== null &&
      typeof value === "object" &&
      !(value instanceof Date) &&
      !Array.isArray(value)
    )
      continue;
    copy[key] = value;
  }
  return copy;
}

export function actorLabel(ctx: RequestContext): string {
  if (!ctx.user) return "anonymous";
  return ctx.via === "token" ? `${ctx.user.email} (API token)` : ctx.user.email;
}

export async function recordAudit(
  manager: EntityManager,
  ctx: RequestContext,
  entry: AuditEntry,
): Promise<AuditEvent> {
  await dataChanged(manager, entry.action);
  const repository = manager.getRepository(AuditEvent);
  return repository.save(
    repository.create({
      actorId: ctx.user?.id ?? null,
      actorLabel: actorLabel(ctx),
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: snapshot(entry.before as object),
      after: snapshot(entry.after as object),
      reason: entry.reason ?? null,
      requestId: ctx.requestId,
    }),
  );
}

export const auditEventList: ListSpec<AuditEvent, AuditEventFilter> = {
  entity: AuditEvent,
  typeName: "AuditEvent",
  allow: [Permission.ReadAuditEvent],
  sortable: { at: "at", action: "action", entityType: "entityType" },
  defaultSort: { field: "at", order: "DESC" },
  searchable: ["action", "actorLabel", "reason"],
  filter(qb, f) {
    whereEquals(qb, "entityType", f.entityType, "filter.entityType");
    whereEquals(qb, "entityId", f.entityId, "filter.entityId");
    whereEquals(qb, "actorId", f.actorId, "filter.actorId");
    whereEquals(qb, "action", f.action, "filter.action");
    if (f.from) qb.andWhere(`${ALIAS}.at >= :from`, { from: f.from });
    if (f.to) qb.andWhere(`${ALIAS}.at < :to`, { to: f.to });
  },
};
