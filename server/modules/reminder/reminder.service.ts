/**
 * Which reminders are due today, recording them (once: the unique index on
 * recipient, kind, subject and day) and delivering them. Recipients are found
 * by permission, never by role name: reporters are users whose role may
 * submit figures for their agency, heads those whose role may approve them.
 */
import type { DataSource } from "typeorm";
import { Permission, rolePermissions } from "../../auth/permissions";
import { addDays, daysBetween, vietnamDate } from "../../common/dates";
import { PeriodType, Role } from "../../common/enums";
import { createContext } from "../../context";
import type { Logger } from "../../logger";
import { missingReports } from "../progress/completeness.service";
import { User } from "../user/user.entity";
import {
  digestMessage,
  dueMessage,
  reopenedMessage,
  returnedMessage,
  type Message,
} from "./reminder.compose";
import { Reminder, ReminderOptOut } from "./reminder.entity";
import { ReminderChannel, ReminderKind, ReminderStatus } from "./reminder.enums";
import { dueReminderKind, DUE_SOON_DAYS } from "./reminder.rules";
import type { Mailer } from "./mailer";

/** At most this many reminders are recorded by one run (a bound, far above one province's). */
export const MAX_REMINDERS_PER_RUN = 5000;
/** A claim older than this belongs to a server that died while sending. */
const CLAIM_EXPIRES = "15 minutes";
const BATCH = 50;

export interface ReminderDeps {
  db: DataSource;
  log: Logger;
  publicUrl: string;
  /** Absent without SMTP_URL: reminders are then kept in the admin's bell only. */
  mailer?: Mailer;
}

export interface DueReminder extends Message {
  userId: string;
  email: string;
  kind: ReminderKind;
  subjectKey: string;
  measurementId: string | null;
  day: string;
}

const rolesWith = (permission: Permission) =>
  (Object.keys(rolePermissions) as Role[]).filter(
    (role) =>
      rolePermissions[role].includes(permission) &&
      // The provincial office may do everything; it is not an agency's reporter or head.
      !rolePermissions[role].includes(Permission.ReviewAnyAgency),
  );

async function activeAgencyUsers(db: DataSource, permission: Permission): Promise<User[]> {
  return db
    .getRepository(User)
    .createQueryBuilder("u")
    .where("u.active AND u.agencyId IS NOT NULL AND u.role = ANY(:roles)", {
      roles: rolesWith(permission),
    })
    .orderBy("u.email")
    .getMany();
}

async function optedOut(db: DataSource): Promise<Set<string>> {
  const rows = await db.getRepository(ReminderOptOut).find();
  return new Set(rows.map((r) => `${r.userId}:${r.kind}`));
}

/** The internal caller that reads deadlines: every permission, no user, this process's log. */
function systemContext(deps: ReminderDeps) {
  return createContext({
    user: null,
    permissions: new Set(Object.values(Permission)),
    via: "anonymous",
    requestId: "reminders",
    db: deps.db,
    primaryDb: deps.db,
    log: deps.log,
    ip: "",
  });
}

/** Figures due within 7 days or late, per reporter, as completeness.service.ts reckons them. */
async function dueAndLate(
  deps: ReminderDeps,
  today: string,
  off: Set<string>,
): Promise<DueReminder[]> {
  const ctx = systemContext(deps);
  const year = Number(today.slice(0, 4));
  const congresses: { id: string; term_start_year: number; term_end_year: number }[] =
    await deps.db.query(
      `SELECT id, term_start_year, term_end_year FROM congress ORDER BY id LIMIT 500`,
    );
  const reporters = await activeAgencyUsers(deps.db, Permission.SubmitMeasurement);
  const byAgency = new Map<string, User[]>();
  for (const u of reporters) byAgency.set(u.agencyId!, [...(byAgency.get(u.agencyId!) ?? []), u]);
  const sent: { user_id: string; kind: ReminderKind; subject_key: string; last: string }[] =
    await deps.db.query(
      `SELECT user_id, kind, subject_key, max(day)::text AS last FROM reminder
        WHERE kind IN ('DUE_SOON', 'LATE') AND day > $1::date - 800 GROUP BY 1, 2, 3`,
      [today],
    );
  const last = new Map(sent.map((s) => [`${s.user_id}:${s.kind}:${s.subject_key}`, s.last]));
  const out: DueReminder[] = [];
  // The last two reporting years of each term as of today (this year and last, or a finished
  // term's final two, chased until reported); older gaps are for the completeness table.
  for (const congress of congresses) {
    const latest = Math.min(year, congress.term_end_year);
    for (const y of [latest - 1, latest]) {
      if (y <= congress.term_start_year) continue;
      for (const period of Object.values(PeriodType)) {
        if (!["YEAR", "H1", "Q1", "Q2", "Q3", "Q4"].includes(period)) continue;
        const missing = await missingReports(ctx, congress.id, y, period);
        for (const m of missing) {
          if (m.dueOn > addDays(today, DUE_SOON_DAYS)) continue;
          const subjectKey = `${m.assignment.id}:${y}:${period}`;
          const daysLate = Math.max(0, daysBetween(m.dueOn, today));
          for (const user of byAgency.get(m.agency.id) ?? []) {
            const kind = dueReminderKind(today, m.dueOn, {
              dueSoon: last.get(`${user.id}:DUE_SOON:${subjectKey}`),
              late: last.get(`${user.id}:LATE:${subjectKey}`),
            });
            if (!kind || off.has(`${user.id}:${kind}`)) continue;
            out.push({
              userId: user.id,
              email: user.email,
              kind,
              subjectKey,
              measurementId: null,
              day: today,
              ...dueMessage(
                kind as ReminderKind.DUE_SOON | ReminderKind.LATE,
                {
                  indicatorId: m.indicator.id,
                  indicatorCode: m.indicator.code,
                  indicatorName: m.indicator.name,
                  year: y,
                  period,
                  dueOn: m.dueOn,
                  daysLate,
                  agencyName: m.agency.name,
                },
                deps.publicUrl,
              ),
            });
          }
        }
      }
    }
  }
  return out;
}

/** Each head's morning digest of the figures waiting for them (not their own submissions). */
async function digests(
  deps: ReminderDeps,
  today: string,
  off: Set<string>,
): Promise<DueReminder[]> {
  const heads = await activeAgencyUsers(deps.db, Permission.ApproveMeasurement);
  if (heads.length === 0) return [];
  const waiting: {
    agency_id: string;
    submitted_by_id: string | null;
    code: string;
    name: string;
    year: number;
    period: string;
    value: string;
    submitter: string | null;
  }[] = await deps.db.query(
    `SELECT m.agency_id, m.submitted_by_id, i.code, i.name, m.year, m.period::text AS period, m.value::text AS value,
            u.name AS submitter
       FROM measurement m JOIN indicator i ON i.id = m.indicator_id
       LEFT JOIN app_user u ON u.id = m.submitted_by_id
      WHERE m.status = 'SUBMITTED' AND m.agency_id = ANY($1::uuid[])
      ORDER BY m.submitted_at LIMIT 10000`,
    [[...new Set(heads.map((h) => h.agencyId!))]],
  );
  const out: DueReminder[] = [];
  for (const head of heads) {
    if (off.has(`${head.id}:${ReminderKind.DIGEST}`)) continue;
    const mine = waiting.filter(
      (w) => w.agency_id === head.agencyId && w.submitted_by_id !== head.id,
    );
    if (mine.length === 0) continue;
    out.push({
      userId: head.id,
      email: head.email,
      kind: ReminderKind.DIGEST,
      subjectKey: "digest",
      measurementId: null,
      day: today,
      ...digestMessage(
        mine.map((w) => ({
          indicatorCode: w.code,
          indicatorName: w.name,
          year: w.year,
          period: w.period,
          value: w.value,
          submittedBy: w.submitter ?? "—",
        })),
        deps.publicUrl,
      ),
    });
  }
  return out;
}

/** What the morning run would send today (nothing is written). */
export async function dueReminders(
  deps: ReminderDeps,
  today = vietnamDate(),
): Promise<DueReminder[]> {
  const off = await optedOut(deps.db);
  const all = [...(await dueAndLate(deps, today, off)), ...(await digests(deps, today, off))];
  return all.slice(0, MAX_REMINDERS_PER_RUN);
}

/**
 * Records reminders; returns only those this call inserted (a reminder another
 * run or server already recorded today is skipped by the unique index).
 */
export async function recordReminders(deps: ReminderDeps, due: DueReminder[]): Promise<Reminder[]> {
  if (due.length === 0) return [];
  const email = !!deps.mailer;
  const now = new Date();
  const inserted: Reminder[] = [];
  for (let i = 0; i < due.length; i += 500) {
    const rows = due.slice(i, i + 500).map((d) => ({
      userId: d.userId,
      kind: d.kind,
      subjectKey: d.subjectKey,
      measurementId: d.measurementId,
      day: d.day,
      email: d.email,
      subject: d.subject,
      body: d.body,
      link: d.link,
      channel: email ? ReminderChannel.EMAIL : ReminderChannel.IN_APP,
      status: email ? ReminderStatus.QUEUED : ReminderStatus.SENT,
      sentAt: email ? null : now,
    }));
    const result = await deps.db
      .createQueryBuilder()
      .insert()
      .into(Reminder)
      .values(rows)
      .orIgnore()
      .returning(["id"])
      .execute();
    const ids = (result.raw as { id: string }[]).map((r) => r.id);
    if (ids.length)
      inserted.push(...(await deps.db.getRepository(Reminder).findBy(ids.map((id) => ({ id })))));
  }
  return inserted;
}

/**
 * Sends queued e-mail reminders (those given, or any): each is first claimed
 * by one atomic UPDATE (SKIP LOCKED), so two servers never send the same one;
 * a failure puts it back in the queue with a backoff and the error.
 */
export async function deliverQueued(
  deps: ReminderDeps,
  ids?: string[],
): Promise<{ sent: number; failed: number }> {
  const mailer = deps.mailer;
  if (!mailer) return { sent: 0, failed: 0 };
  let sent = 0;
  let failed = 0;
  for (;;) {
    const [claimed] = (await deps.db.query(
      `UPDATE reminder SET status = 'SENDING', claimed_at = now(), attempts = attempts + 1
        WHERE id IN (SELECT id FROM reminder
                      WHERE channel = 'EMAIL'
                        AND ((status = 'QUEUED' AND next_attempt_at <= now())
                          OR (status = 'SENDING' AND claimed_at < now() - interval '${CLAIM_EXPIRES}'))
                        AND ($1::uuid[] IS NULL OR id = ANY($1::uuid[]))
                      ORDER BY created_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING id, email, subject, body, attempts`,
      [ids ?? null],
    )) as [
      { id: string; email: string; subject: string; body: string; attempts: number }[],
      number,
    ];
    if (claimed.length === 0) break;
    for (const r of claimed) {
      try {
        await mailer.send({ to: r.email, subject: r.subject, text: r.body, id: r.id });
        await deps.db.query(
          `UPDATE reminder SET status = 'SENT', sent_at = now(), claimed_at = NULL, last_error = NULL WHERE id = $1`,
          [r.id],
        );
        sent++;
      } catch (error) {
        failed++;
        const message = String((error as Error)?.message ?? error).slice(0, 500);
        deps.log.warn(
          { reminderId: r.id, attempts: r.attempts, err: message },
          "reminder not sent, will retry",
        );
        // 1, 2, 4 … minutes, at most an hour.
        await deps.db.query(
          `UPDATE reminder SET status = 'QUEUED', claimed_at = NULL, last_error = $2,
                  next_attempt_at = now() + least(60, power(2, greatest(attempts - 1, 0))) * interval '1 minute'
            WHERE id = $1`,
          [r.id, message],
        );
      }
    }
    if (ids) break; // the ones given were all tried once
  }
  return { sent, failed };
}

/** The reminder kinds a user turned off. */
export async function remindersOff(db: DataSource, userId: string): Promise<ReminderKind[]> {
  const rows = await db.getRepository(ReminderOptOut).findBy({ userId });
  return rows.map((r) => r.kind);
}

/** Turns one kind on or off for a user (idempotent). */
export async function setReminderKind(
  db: DataSource,
  userId: string,
  kind: ReminderKind,
  enabled: boolean,
): Promise<void> {
  if (enabled) await db.getRepository(ReminderOptOut).delete({ userId, kind });
  else await db.getRepository(ReminderOptOut).upsert({ userId, kind }, ["userId", "kind"]);
}

/** The reminder for one figure's return or reopening, if its recipient wants it. */
export async function transitionReminder(
  deps: ReminderDeps,
  step: "return" | "reopen",
  figure: {
    id: string;
    version: number;
    year: number;
    period: string;
    indicatorId: string;
    submittedById: string | null;
    reviewNote: string | null;
  },
  actor: { id: string; name: string } | null,
): Promise<DueReminder | null> {
  let recipientId: string | null;
  if (step === "return") {
    recipientId = figure.submittedById;
  } else {
    const [approval]: { actor_id: string | null }[] = await deps.db.query(
      `SELECT actor_id FROM audit_event WHERE entity_id = $1 AND action = 'Measurement.approve' ORDER BY at DESC LIMIT 1`,
      [figure.id],
    );
    recipientId = approval?.actor_id ?? null;
  }
  if (!recipientId || recipientId === actor?.id) return null;
  const user = await deps.db.getRepository(User).findOneBy({ id: recipientId, active: true });
  if (!user) return null;
  const kind = step === "return" ? ReminderKind.RETURNED : ReminderKind.REOPENED;
  if ((await optedOut(deps.db)).has(`${user.id}:${kind}`)) return null;
  const [indicator]: { code: string; name: string }[] = await deps.db.query(
    `SELECT code, name FROM indicator WHERE id = $1`,
    [figure.indicatorId],
  );
  const ref = {
    id: figure.id,
    indicatorCode: indicator.code,
    indicatorName: indicator.name,
    year: figure.year,
    period: figure.period,
    reason: figure.reviewNote ?? "",
  };
  const who = actor?.name ?? "Văn phòng";
  return {
    userId: user.id,
    email: user.email,
    kind,
    subjectKey: `${figure.id}:${figure.version}`,
    measurementId: figure.id,
    day: vietnamDate(),
    ...(step === "return"
      ? returnedMessage({ ...ref, reviewer: who }, deps.publicUrl)
      : reopenedMessage({ ...ref, reopenedBy: who }, deps.publicUrl)),
  };
}
