import { Field, ID, InputType } from "type-graphql";

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
