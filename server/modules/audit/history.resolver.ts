/**
 * `history` on every audited record: its audit events, oldest first. A
 * caller sees the history of the records they may read (the field is only
 * reached through a record already in their scope).
 */
import { Ctx, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import { Permission } from "../../auth/permissions";
import type { RequestContext } from "../../context";
import { Agency } from "../agency/agency.entity";
import { Assignment } from "../assignment/assignment.entity";
import { Congress } from "../congress/congress.entity";
import { Indicator } from "../indicator/indicator.entity";
import { KeyTask } from "../key-task/key-task.entity";
import { Measurement } from "../measurement/measurement.entity";
import { Target } from "../target/target.entity";
import { User } from "../user/user.entity";
import { AuditEvent } from "./audit-event.entity";

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

function historyOf(type: ClassType<{ id: string }>) {
  @Resolver(() => type)
  class TypeHistoryResolver {
    @FieldResolver(() => [AuditEvent], {
      description: "Who changed this record, when, what and why; oldest first.",
    })
    async history(@Root() row: { id: string }, @Ctx() ctx: RequestContext): Promise<AuditEvent[]> {
      const events = await ctx.loaders
        .manyBy(AuditEvent, "entityId", { orderBy: { "row.at": "ASC" } })
        .load(row.id);
      return ctx.permissions.has(Permission.ReadUser) ? events : withoutEmails(ctx, events);
    }
  }
  Object.defineProperty(TypeHistoryResolver, "name", { value: `${type.name}HistoryResolver` });
  return TypeHistoryResolver;
}

export const HistoryResolver = [
  Congress,
  KeyTask,
  Target,
  Indicator,
  Agency,
  Assignment,
  Measurement,
].map(historyOf);
