import { Field, ID, InputType } from "type-graphql";
import { ReminderChannel, ReminderKind, ReminderStatus } from "./reminder.enums";

@InputType({ description: "Filter for allReminders." })
export class ReminderFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({ nullable: true, description: "Search in subject and e-mail address." }) q?: string;
  @Field(() => ID, { nullable: true }) userId?: string;
  @Field(() => ReminderKind, { nullable: true }) kind?: ReminderKind;
  @Field(() => ReminderStatus, { nullable: true }) status?: ReminderStatus;
  @Field(() => ReminderChannel, { nullable: true }) channel?: ReminderChannel;
  @Field({ nullable: true, description: "Only the caller's own (the bell)." }) mine?: boolean;
  @Field({ nullable: true, description: "Only those not read yet." }) unread?: boolean;
}
