/**
 * Reminders over GraphQL: administrators list every sent reminder and run
 * `sendDueReminders`; everyone reads their own (the admin's bell), marks them
 * read and turns each kind on or off in their profile.
 */
import {
  Arg,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from "type-graphql";
import { Allow } from "../../auth/allow";
import { Permission } from "../../auth/permissions";
import { apiError, badInput, unauthenticated } from "../../common/errors";
import { assertIds } from "../../common/ids";
import { ALIAS, whereEquals, type ListSpec } from "../../common/list";
import { createReadResolver } from "../../read/read-resolver";
import { LocalDateScalar } from "../../common/scalars";
import type { RequestContext } from "../../context";
import { Reminder } from "./reminder.entity";
import { ReminderChannel, ReminderKind, ReminderStatus } from "./reminder.enums";
import { remindersOff, setReminderKind } from "./reminder.service";

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

export const reminderList: ListSpec<Reminder, ReminderFilter> = {
  entity: Reminder,
  typeName: "Reminder",
  allow: [Permission.Authenticated],
  sortable: {
    createdAt: "createdAt",
    day: "day",
    kind: "kind",
    status: "status",
    sentAt: "sentAt",
  },
  defaultSort: { field: "createdAt", order: "DESC" },
  searchable: ["subject", "email"],
  scope(qb, ctx) {
    if (ctx.permissions.has(Permission.ManageReminders)) return;
    qb.andWhere(`${ALIAS}.userId = :reminderUser`, { reminderUser: ctx.user?.id ?? null });
  },
  filter(qb, f, ctx) {
    whereEquals(qb, "userId", f.userId, "filter.userId");
    whereEquals(qb, "kind", f.kind, "filter.kind");
    whereEquals(qb, "status", f.status, "filter.status");
    whereEquals(qb, "channel", f.channel, "filter.channel");
    if (f.mine) qb.andWhere(`${ALIAS}.userId = :mine`, { mine: ctx.user?.id ?? null });
    if (f.unread) qb.andWhere(`${ALIAS}.readAt IS NULL`);
  },
};

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
    if (!ctx.user) throw unauthenticated();
    if (ids.length > 500) throw badInput("ids", "Tối đa 500 mục (at most 500 ids)");
    const checked = assertIds(ids, "ids");
    if (checked.length === 0) return [];
    const [rows] = (await ctx.primaryDb.query(
      `UPDATE reminder SET read_at = now() WHERE user_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL
       RETURNING id`,
      [ctx.user.id, checked],
    )) as [{ id: string }[], number];
    if (rows.length === 0) return [];
    return ctx.primaryDb.getRepository(Reminder).findBy(rows.map((r) => ({ id: r.id })));
  }

  @Allow(Permission.Authenticated)
  @Query(() => [ReminderSetting], { description: "Which kinds of reminder the caller receives." })
  async myReminderSettings(@Ctx() ctx: RequestContext): Promise<ReminderSetting[]> {
    if (!ctx.user) throw unauthenticated();
    const off = new Set(await remindersOff(ctx.db, ctx.user.id));
    return Object.values(ReminderKind).map((kind) => ({ kind, enabled: !off.has(kind) }));
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
    if (!ctx.user) throw unauthenticated();
    await setReminderKind(ctx.primaryDb, ctx.user.id, kind, enabled);
    const off = new Set(await remindersOff(ctx.primaryDb, ctx.user.id));
    return Object.values(ReminderKind).map((k) => ({ kind: k, enabled: !off.has(k) }));
  }
}
