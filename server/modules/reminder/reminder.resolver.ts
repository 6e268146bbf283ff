/**
 * Reminders over GraphQL: administrators list every sent reminder and run
 * `sendDueReminders`; everyone reads their own (the admin's bell), marks them
 * read and turns each kind on or off in their profile.
 */
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { Allow } from "../../auth/allow";
import { Permission } from "../../auth/permissions";
import { apiError } from "../../common/errors";
import { createReadResolver } from "../../read/read-resolver";
import { LocalDateScalar } from "../../common/scalars";
import type { RequestContext } from "../../context";
import { Reminder } from "./reminder.entity";
import { ReminderKind } from "./reminder.enums";
import {
  markRemindersRead,
  reminderList,
  reminderSettings,
  setReminderSetting,
} from "./reminder-inbox.service";
import { ReminderFilter } from "./reminder.inputs";

@ObjectType({
  description: "A reminder that is due now (what sendDueReminders sends or, dry, lists).",
})
export class DueReminderItem {
  @Field(() => ID) userId: string;
  @Field() email: string;
  @Field(() => ReminderKind) kind: ReminderKind;
  @Field() subjectKey: string;
  @Field(() => LocalDateScalar) day: string;
  @Field() subject: string;
  @Field() body: string;
  @Field() link: string;
}

@ObjectType({ description: "What one sendDueReminders call found, recorded and sent." })
export class SendDueRemindersResult {
  @Field() dryRun: boolean;
  @Field(() => Int, { description: "Due now (before the once-a-day check)." }) due: number;
  @Field(() => Int, { description: "Recorded by this call (none already sent today)." })
  recorded: number;
  @Field(() => Int, { description: "Accepted by the SMTP server." }) sent: number;
  @Field(() => Int, { description: "Refused or unreachable: queued and retried." }) failed: number;
  @Field(() => [DueReminderItem], { description: "The due reminders (at most 200 listed)." })
  items: DueReminderItem[];
}

@ObjectType({ description: "One kind of reminder and whether the caller receives it." })
export class ReminderSetting {
  @Field(() => ReminderKind) kind: ReminderKind;
  @Field() enabled: boolean;
}

@Resolver(() => Reminder)
export class ReminderResolver extends createReadResolver({
  type: Reminder,
  filter: ReminderFilter,
  plural: "Reminders",
  spec: reminderList,
}) {
  @Allow(Permission.ManageReminders)
  @Mutation(() => SendDueRemindersResult, {
    description:
      "Sends the reminders due now (what the 07:00 schedule runs), each at most once a day; dryRun only lists them.",
  })
  async sendDueReminders(
    @Arg("dryRun", () => Boolean) dryRun: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<SendDueRemindersResult> {
    if (!ctx.reminders)
      throw apiError("SERVICE_UNAVAILABLE", "Nhắc việc chưa sẵn sàng (reminders unavailable)");
    const result = await ctx.reminders.sendDue(dryRun);
    return {
      dryRun,
      due: result.due.length,
      recorded: result.recorded,
      sent: result.sent,
      failed: result.failed,
      items: result.due.slice(0, 200),
    };
  }

  @Allow(Permission.Authenticated)
  @Mutation(() => [Reminder], {
    description: "Marks the caller's own reminders read; returns those it marked.",
  })
  async markRemindersRead(
    @Arg("ids", () => [ID]) ids: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<Reminder[]> {
    return markRemindersRead(ctx, ids);
  }

  @Allow(Permission.Authenticated)
  @Query(() => [ReminderSetting], { description: "Which kinds of reminder the caller receives." })
  async myReminderSettings(@Ctx() ctx: RequestContext): Promise<ReminderSetting[]> {
    return reminderSettings(ctx);
  }

  @Allow(Permission.Authenticated)
  @Mutation(() => [ReminderSetting], {
    description: "Turns one kind of reminder on or off for the caller.",
  })
  async setReminderSetting(
    @Arg("kind", () => ReminderKind) kind: ReminderKind,
    @Arg("enabled", () => Boolean) enabled: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<ReminderSetting[]> {
    return setReminderSetting(ctx, kind, enabled);
  }
}
