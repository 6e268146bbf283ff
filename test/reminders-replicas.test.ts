/**
 * Two servers on one PostgreSQL, both running the job queue and its 07:00
 * schedule: the morning job triggered on both at once (rather than waiting
 * for 07:00) delivers each reminder once. With DATABASE_URL the servers share
 * that database; in the default (embedded) pass they share a throwaway
 * PostgreSQL cluster, as one embedded PGlite cannot be shared by two servers.
 */
import { loadConfig } from "../server/config";
import { createLogger } from "../server/logger";
import { DAILY, DAILY_CRON } from "../server/modules/reminder/reminder.jobs";
import { startServer, type RunningServer } from "../server/bootstrap";
import { startCluster, type Cluster } from "./faults/cluster";
import { resetDatabase, testDatabaseUrl } from "./helpers/server";
import { startSmtp, type TestSmtp } from "./helpers/smtp";

describe("reminders with two servers on one database", () => {
  let cluster: Cluster | undefined;
  let smtp: TestSmtp;
  const servers: RunningServer[] = [];

  beforeAll(async () => {
    let url: string;
    if (process.env.TEST_EMBEDDED) {
      cluster = await startCluster();
      url = cluster.url;
    } else {
      await resetDatabase();
      url = testDatabaseUrl();
    }
    smtp = await startSmtp();
    const config = loadConfig({
      DATABASE_URL: url,
      PORT: "0",
      HOST: "127.0.0.1",
      SEED_DEMO: "true",
      DB_POOL_SIZE: "3",
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
      JOBS: "true",
      SMTP_URL: smtp.url,
      PUBLIC_URL: "https://theodoi.langson.example",
    });
    // One after the other: the first migrates and seeds, the second finds it done.
    for (let i = 0; i < 2; i++)
      servers.push(await startServer(config, createLogger(config.logLevel)));
  }, 120_000);

  afterAll(async () => {
    for (const server of servers) await server.close();
    await smtp?.stop();
    await cluster?.destroy();
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
