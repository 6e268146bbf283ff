/**
 * `AuditEvent.actorName`: who acted, as people know them ("name · agency"),
 * instead of an e-mail address. Reached only through an event its caller may
 * already read (the audit list, or a readable record's history).
 */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context";
import { AuditEvent } from "./audit-event.entity";
import { personLabel } from "./history.service";

@Resolver(() => AuditEvent)
export class AuditActorNameResolver {
  @FieldResolver(() => String, {
    description: 'Who acted as "name · agency"; the label (token, system) when not a person.',
  })
  async actorName(@Root() e: AuditEvent, @Ctx() ctx: RequestContext): Promise<string> {
    return (await personLabel(ctx, e.actorId)) ?? e.actorLabel;
  }
}
