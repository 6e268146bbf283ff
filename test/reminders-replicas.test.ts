/**
 * Two servers on one PostgreSQL, both running the job queue and its 07:00
 * schedule: the morning job triggered on both at once (rather than waiting
 * for 07:00) delivers each reminder once. With DATABASE_URL the servers share
 * that database; in the default (embedded) pass they share a throwaway
 * PostgreSQL cluster, as one embedded PGlite cannot be shared by two servers.
 */
import { DAILY, DAILY_CRON } from "../server/modules/reminder/reminder.jobs";
import type { RunningServer } from "../server/bootstrap";
import { startReplicas, type Replicas } from "./helpers/replicas";
import { startSmtp, type TestSmtp } from "./helpers/smtp";

describe("reminders with two servers on one database", () => {
  let smtp: TestSmtp;
  let replicas: Replicas | undefined;
  let servers: RunningServer[] = [];

  beforeAll(async () => {
    smtp = await startSmtp();
    replicas = await startReplicas({
      JOBS: "true",
      SMTP_URL: smtp.url,
      PUBLIC_URL: "https://theodoi.langson.example",
    });
    servers = replicas.servers;
  }, 120_000);

  afterAll(async () => {
    await replicas?.close();
    await smtp?.stop();
  });

  it("keeps one 07:00 schedule in Vietnam's time zone, whichever server made it", async () => {
    const rows: { cron: string; timezone: string }[] = await servers[0].database.dataSource.query(
      `SELECT cron, timezone FROM pgboss.schedule WHERE name = $1`,
      [DAILY],
    );
    expect(rows).toEqual([{ cron: DAILY_CRON, timezone: "Asia/Ho_Chi_Minh" }]);
  });

  it("delivers each reminder once when both servers run the morning job at the same moment", async () => {
    const states = await Promise.all(servers.map((s) => s.reminders.jobs!.trigger(DAILY)));
    expect(states).toEqual(["completed", "completed"]);
    const db = servers[0].database.dataSource;
    const [{ count }]: { count: number }[] = await db.query(
      `SELECT count(*)::int AS count FROM reminder WHERE status = 'SENT' AND channel = 'EMAIL'`,
    );
    expect(count).toBeGreaterThan(0);
    const mail = await smtp.waitFor(count);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.received).toHaveLength(count);
    const keys = smtp.received.map((m) => `${m.to.join(",")} ${m.subject}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(mail.flatMap((m) => m.to)).toContain("chuyenvien.ctk@langson.example");
    expect(mail.flatMap((m) => m.to)).toContain("chuyenvien.soyt@langson.example");

    // And again on both: the day's reminders are all recorded, nothing more goes out.
    await Promise.all(servers.map((s) => s.reminders.jobs!.trigger(DAILY)));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.received).toHaveLength(count);
  });
});
