import { Field, ID, InputType, Resolver } from "type-graphql";
import { Permission } from "../../auth/permissions";
import { ALIAS, whereEquals, type ListSpec } from "../../common/list";
import { createReadResolver } from "../../read/read-resolver";
import { AuditEvent } from "./audit-event.entity";

@InputType({ description: "Filter for allAuditEvents." })
export class AuditEventFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({ nullable: true, description: "Search in action, actor and reason." }) q?: string;
  @Field({ nullable: true }) entityType?: string;
  @Field(() => ID, { nullable: true }) entityId?: string;
  @Field(() => ID, { nullable: true }) actorId?: string;
  @Field({ nullable: true }) action?: string;
  @Field(() => Date, { nullable: true, description: "At or after this time." }) from?: Date;
  @Field(() => Date, { nullable: true, description: "Before this time." }) to?: Date;
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

@Resolver(() => AuditEvent)
export class AuditEventResolver extends createReadResolver({
  type: AuditEvent,
  filter: AuditEventFilter,
  plural: "AuditEvents",
  spec: auditEventList,
}) {}
