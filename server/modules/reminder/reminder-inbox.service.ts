/** The caller's own reminders: the list (the admin's bell), marking them read, the settings. */
import { badInput, unauthenticated } from "../../common/errors";
import { assertIds } from "../../common/ids";
import { ALIAS, whereEquals, type ListSpec } from "../../common/list";
import { Permission } from "../../auth/permissions";
import type { RequestContext } from "../../context";
import { Reminder } from "./reminder.entity";
import { ReminderKind } from "./reminder.enums";
import type { ReminderFilter } from "./reminder.inputs";
import { remindersOff, setReminderKind } from "./reminder.service";

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

/** Marks the caller's own reminders read; returns those it marked. */
export async function markRemindersRead(ctx: RequestContext, ids: string[]): Promise<Reminder[]> {
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

/** Which kinds of reminder the caller receives. */
export async function reminderSettings(
  ctx: RequestContext,
): Promise<{ kind: ReminderKind; enabled: boolean }[]> {
  if (!ctx.user) throw unauthenticated();
  const off = new Set(await remindersOff(ctx.db, ctx.user.id));
  return Object.values(ReminderKind).map((kind) => ({ kind, enabled: !off.has(kind) }));
}

/** Turns one kind of reminder on or off for the caller; returns the settings after. */
export async function setReminderSetting(
  ctx: RequestContext,
  kind: ReminderKind,
  enabled: boolean,
): Promise<{ kind: ReminderKind; enabled: boolean }[]> {
  if (!ctx.user) throw unauthenticated();
  await setReminderKind(ctx.primaryDb, ctx.user.id, kind, enabled);
  const off = new Set(await remindersOff(ctx.primaryDb, ctx.user.id));
  return Object.values(ReminderKind).map((k) => ({ kind: k, enabled: !off.has(k) }));
}
