/**
 * Reminders through a real SMTP server (smtp-server, started here): what
 * arrives, to whom, in Vietnamese, with a link into the admin; once a day;
 * not to someone who turned them off; kept and retried while the SMTP server
 * is down. The job queue runs too (pg-boss), over this pass's database: the
 * embedded PGlite socket in the default pass, PostgreSQL with DATABASE_URL.
 */
import { vietnamDate } from "../server/common/dates";
import type { GraphQLClient } from "./helpers/client";
import { callers, ids, type AccountName } from "./helpers/fixtures";
import { startTestServer, type TestServer } from "./helpers/server";
import { startSmtp, type TestSmtp } from "./helpers/smtp";

/**
 * The day `days` after today in Vietnam, the day `sendDueReminders` runs for (the first tests
 * send on it): "2026-12-08" was written for 01/12/2026 and failed from 17:00 UTC, midnight in
 * Vietnam, and on every later day.
 */
function daysAfterToday(days: number): string {
  const day = new Date(`${vietnamDate()}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

const SEND = `mutation($dry: Boolean!) { sendDueReminders(dryRun: $dry) {
  dryRun due recorded sent failed items { email kind subject body link day } } }`;
const SAVE = `mutation($i: ID, $y: Int, $v: Decimal, $s: String) {
  saveMeasurement(indicatorId: $i, year: $y, value: $v, source: $s, valueKind: OFFICIAL) { id version } }`;
const SUBMIT = `mutation($id: ID!, $version: Int!) { submitMeasurement(id: $id, version: $version) { id version } }`;
const RETURN = `mutation($id: ID!, $version: Int!, $r: String!) { returnMeasurement(id: $id, version: $version, reason: $r) { id version status } }`;
const PUBLIC_URL = "https://theodoi.langson.example";

interface SendResult {
  sendDueReminders: {
    dryRun: boolean;
    due: number;
    recorded: number;
    sent: number;
    failed: number;
    items: {
      email: string;
      kind: string;
      subject: string;
      body: string;
      link: string;
      day: string;
    }[];
  };
}

describe("reminders by e-mail", () => {
  let smtp: TestSmtp;
  let t: TestServer;
  let as: (name: AccountName) => Promise<GraphQLClient>;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestServer({
      SMTP_URL: smtp.url,
      MAIL_FROM: "Văn phòng Tỉnh ủy <vanphong@langson.example>",
      PUBLIC_URL,
      JOBS: "true",
    });
    as = callers(t.client);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  async function submitted(reporter: AccountName, code: string, year: number) {
    const client = await as(reporter);
    const { saveMeasurement } = await client.data<{
      saveMeasurement: { id: string; version: number };
    }>(SAVE, { i: await ids.indicator(t.client, code), y: year, v: "12.5", s: "Báo cáo thử" });
    const { submitMeasurement } = await client.data<{
      submitMeasurement: { id: string; version: number };
    }>(SUBMIT, saveMeasurement);
    return submitMeasurement;
  }

  it("lists what is due on a dry run and sends nothing", async () => {
    await submitted("reporterCtk", "2.a", 2024); // waiting for the head of CTK
    const admin = await as("admin");
    const { sendDueReminders: dry } = await admin.data<SendResult>(SEND, { dry: true });
    expect(dry).toMatchObject({ dryRun: true, recorded: 0, sent: 0 });
    expect(dry.due).toBeGreaterThan(0);
    const kinds = new Set(dry.items.map((i) => `${i.email} ${i.kind}`));
    expect(kinds).toContain("chuyenvien.ctk@langson.example LATE");
    expect(kinds).toContain("chuyenvien.soyt@langson.example LATE");
    expect(kinds).toContain("lanhdao.ctk@langson.example DIGEST");
    const { _allRemindersMeta } = await admin.data<{ _allRemindersMeta: { count: number } }>(
      `{ _allRemindersMeta { count } }`,
    );
    expect(_allRemindersMeta.count).toBe(0);
    expect(smtp.received).toHaveLength(0);
  });

  it("delivers to the reporters of agencies with late figures and to heads with figures waiting, once a day", async () => {
    const admin = await as("admin");
    const { sendDueReminders: run } = await admin.data<SendResult>(SEND, { dry: false });
    expect(run.recorded).toBe(run.due);
    expect(run.sent).toBe(run.due);
    expect(run.failed).toBe(0);
    const mail = await smtp.waitFor(run.sent);
    expect(mail).toHaveLength(run.sent);
    const recipients = new Set(mail.flatMap((m) => m.to));
    expect(recipients).toContain("chuyenvien.ctk@langson.example");
    expect(recipients).toContain("chuyenvien.soyt@langson.example");
    expect(recipients).toContain("lanhdao.ctk@langson.example");
    expect(recipients).not.toContain("xem@langson.example");
    expect(mail[0].from).toBe("vanphong@langson.example");

    const late = mail.find(
      (m) => m.to[0] === "chuyenvien.soyt@langson.example" && /12\.b năm 2025/.test(m.subject),
    )!;
    expect(late.subject).toMatch(/^\[Nhắc việc\] Quá hạn \d+ ngày: số liệu 12\.b năm 2025$/);
    expect(late.text).toContain("Kính gửi anh/chị");
    expect(late.text).toMatch(/hạn ngày \d{2}\/\d{2}\/2026/);
    expect(late.text).toContain("Sở Y tế");
    expect(late.text).toContain(`${PUBLIC_URL}/admin/#/Measurement/create?source=`);
    const digest = mail.find((m) => m.to[0] === "lanhdao.ctk@langson.example")!;
    expect(digest.subject).toBe("[Nhắc việc] 1 số liệu đang chờ anh/chị duyệt");
    expect(digest.text).toContain(`${PUBLIC_URL}/admin/#/approvals`);
    expect(digest.text).toContain("2.a");
    expect(new Set(mail.map((m) => m.messageId)).size).toBe(mail.length);

    // The same day again: nothing new is recorded or sent.
    const { sendDueReminders: again } = await admin.data<SendResult>(SEND, { dry: false });
    expect(again).toMatchObject({ recorded: 0, sent: 0 });
    // The late ones are not due again for a week; the digest is, and the unique index stops it.
    expect(again.items.map((i) => i.kind)).toEqual(["DIGEST"]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.received).toHaveLength(run.sent);

    // Administrators see every sent reminder; a reporter sees their own only.
    const { _allRemindersMeta: all } = await admin.data<{ _allRemindersMeta: { count: number } }>(
      `{ _allRemindersMeta(filter: { status: SENT, channel: EMAIL }) { count } }`,
    );
    expect(all.count).toBe(run.sent);
    const reporter = await as("reporterYt");
    const { allReminders: own } = await reporter.data<{ allReminders: { email: string }[] }>(
      `{ allReminders(perPage: 100) { email } }`,
    );
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r) => r.email === "chuyenvien.soyt@langson.example")).toBe(true);
    expect((await reporter.errorOf(SEND, { dry: true })).code).toBe("FORBIDDEN");
    expect((await t.client.errorOf(`{ allReminders { id } }`)).code).toBe("UNAUTHENTICATED");
  });

  it("sends a late reminder again a week later, but not to a reporter who turned late reminders off", async () => {
    const reporterYt = await as("reporterYt");
    const { setReminderSetting } = await reporterYt.data<{
      setReminderSetting: { kind: string; enabled: boolean }[];
    }>(`mutation { setReminderSetting(kind: LATE, enabled: false) { kind enabled } }`);
    expect(setReminderSetting).toContainEqual({ kind: "LATE", enabled: false });
    const before = smtp.received.length;
    const week = await t.server.reminders.sendDue(false, daysAfterToday(7));
    expect(week.sent).toBeGreaterThan(0);
    const mail = (await smtp.waitFor(before + week.sent)).slice(before);
    const to = new Set(mail.flatMap((m) => m.to));
    expect(to).toContain("chuyenvien.ctk@langson.example");
    expect(to).not.toContain("chuyenvien.soyt@langson.example");
    // Six days after that: not yet a week, nothing new for the reporters.
    const early = await t.server.reminders.sendDue(false, daysAfterToday(13));
    expect(early.due.filter((d) => d.kind === "LATE")).toHaveLength(0);
  });

  it("tells the reporter at once when a figure is returned, with the reason", async () => {
    const figure = await submitted("reporterCtk", "2.b", 2024);
    const before = smtp.received.length;
    const head = await as("headCtk");
    await head.data(RETURN, { ...figure, r: "Thiếu nguồn số liệu chính thức" });
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail.to).toEqual(["chuyenvien.ctk@langson.example"]);
    expect(mail.subject).toBe("[Nhắc việc] Số liệu 2.b năm 2024 bị trả lại");
    expect(mail.text).toContain("Lý do: Thiếu nguồn số liệu chính thức");
    expect(mail.text).toContain(`${PUBLIC_URL}/admin/#/Measurement/${figure.id}/show`);
  });

  it("tells the head who approved a figure when someone else reopens it", async () => {
    const figure = await submitted("reporterCtk", "3.a", 2024);
    const head = await as("headCtk");
    const { approveMeasurement } = await head.data<{
      approveMeasurement: { id: string; version: number };
    }>(
      `mutation($id: ID!, $version: Int!) { approveMeasurement(id: $id, version: $version) { id version } }`,
      figure,
    );
    const before = smtp.received.length;
    const admin = await as("admin");
    await admin.data(
      `mutation($id: ID!, $version: Int!, $r: String!) { reopenMeasurement(id: $id, version: $version, reason: $r) { id } }`,
      { ...approveMeasurement, r: "Cục Thống kê công bố số chính thức mới" },
    );
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail.to).toEqual(["lanhdao.ctk@langson.example"]);
    expect(mail.subject).toBe("[Nhắc việc] Số liệu 3.a năm 2024 anh/chị đã duyệt được mở lại");
    expect(mail.text).toContain("Lý do: Cục Thống kê công bố số chính thức mới");
  });

  it("keeps reminders queued while the SMTP server is down and sends each once when it is back", async () => {
    await smtp.stop();
    const before = smtp.received.length;
    const day = daysAfterToday(14);
    const run = await t.server.reminders.sendDue(false, day);
    expect(run.recorded).toBeGreaterThan(0);
    expect(run.sent).toBe(0);
    expect(run.failed).toBe(run.recorded);
    const queued: { status: string; attempts: number; last_error: string | null }[] =
      await t.db.query(`SELECT status::text, attempts, last_error FROM reminder WHERE day = $1`, [
        day,
      ]);
    expect(queued).toHaveLength(run.recorded);
    expect(queued.every((r) => r.status === "QUEUED" && r.attempts === 1 && !!r.last_error)).toBe(
      true,
    );

    // Still down: the queue's retry job tries again and keeps them.
    await t.db.query(`UPDATE reminder SET next_attempt_at = now() WHERE status = 'QUEUED'`);
    expect(await t.server.reminders.jobs!.trigger("reminders-deliver")).toBe("completed");
    const still: { attempts: number }[] = await t.db.query(
      `SELECT attempts FROM reminder WHERE day = $1 AND status = 'QUEUED'`,
      [day],
    );
    expect(still).toHaveLength(run.recorded);
    expect(still.every((r) => r.attempts === 2)).toBe(true);

    // Back up: the retry (its backoff skipped here) delivers each one, once.
    await smtp.start();
    await t.db.query(`UPDATE reminder SET next_attempt_at = now() WHERE status = 'QUEUED'`);
    expect(await t.server.reminders.jobs!.trigger("reminders-deliver")).toBe("completed");
    const mail = (await smtp.waitFor(before + run.recorded)).slice(before);
    expect(mail).toHaveLength(run.recorded);
    expect(new Set(mail.map((m) => m.messageId)).size).toBe(run.recorded);
    expect(await t.server.reminders.jobs!.trigger("reminders-deliver")).toBe("completed");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.received).toHaveLength(before + run.recorded);
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM reminder WHERE day = $1 AND status = 'SENT'`,
      [day],
    );
    expect(count).toBe(run.recorded);
  });
});
