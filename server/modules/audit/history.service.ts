/**
 * A record's history as callers may read it, and who acted as people know them. A caller sees
 * the history of the records they may read (it is only reached through such a record).
 */
import { Permission } from "../../auth/permissions";
import type { RequestContext } from "../../context";
import { Agency } from "../agency/agency.entity";
import { User } from "../user/user.entity";
import { AuditEvent } from "./audit-event.entity";

/** The audit events of one record, oldest first. */
export async function historyOf(ctx: RequestContext, entityId: string): Promise<AuditEvent[]> {
  return ctx.loaders
    .manyBy(AuditEvent, "entityId", { orderBy: { "row.at": "ASC" } })
    .load(entityId);
}

/** Who acted, "name · agency"; null when not a known person. */
export async function personLabel(
  ctx: RequestContext,
  userId: string | null,
): Promise<string | null> {
  if (!userId) return null;
  const user = await ctx.loaders.byId(User).load(userId);
  if (!user) return null;
  const agency = user.agencyId ? await ctx.loaders.byId(Agency).load(user.agencyId) : null;
  return agency ? `${user.name} · ${agency.shortName}` : user.name;
}

/**
 * Staff e-mail addresses are for those who may read users: everyone else sees who acted by
 * name and agency ("Nguyễn Văn A (CTK)"), so public history does not list accounts to attack.
 */
async function withoutEmails(ctx: RequestContext, events: AuditEvent[]): Promise<AuditEvent[]> {
  return Promise.all(
    events.map(async (event) => {
      if (!event.actorId || !event.actorLabel.includes("@")) return event;
      const user = await ctx.loaders.byId(User, ["id", "name", "agencyId"]).load(event.actorId);
      const agency = user?.agencyId
        ? await ctx.loaders.byId(Agency, ["id", "shortName"]).load(user.agencyId)
        : null;
      const label = user
        ? agency
          ? `${user.name} (${agency.shortName})`
          : user.name
        : "Cán bộ (staff)";
      return Object.assign(Object.create(Object.getPrototypeOf(event) as object) as AuditEvent, {
        ...event,
        actorLabel: label,
      });
    }),
  );
}

/** A record's history for this caller: e-mail addresses only for those who may read users. */
export async function visibleHistory(ctx: RequestContext, entityId: string): Promise<AuditEvent[]> {
  const events = await historyOf(ctx, entityId);
  return ctx.permissions.has(Permission.ReadUser) ? events : withoutEmails(ctx, events);
}
