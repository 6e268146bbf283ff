/**
 * The job queue kept in PostgreSQL (pg-boss): the morning run at 07:00 Vietnam
 * time and a retry of queued e-mails every minute. pg-boss's cron puts each
 * tick's job in the queue once whatever the number of servers (a singleton
 * key per minute), and a job is fetched by one worker (SKIP LOCKED); the
 * reminder table's unique index and claim make a second send impossible even
 * if two runs overlap.
 *
 * pg-boss talks through the server's own pool (its `db` option), not a pool
 * of its own: with the embedded PGlite, which must be used through a single
 * connection (see database.ts), its statements then queue for that connection
 * like every request's.
 */
import PgBoss from "pg-boss";
import type { Pool } from "pg";
import type { DataSource } from "typeorm";
import { TIME_ZONE } from "../../common/dates";
import type { Logger } from "../../logger";

export const DAILY = "reminders-daily";
export const DELIVER = "reminders-deliver";
/** 07:00 every day, Vietnam time. */
export const DAILY_CRON = "0 7 * * *";

export interface JobHandlers {
  daily(): Promise<unknown>;
  deliver(): Promise<unknown>;
}

export class ReminderJobs {
  private constructor(private readonly boss: PgBoss) {}

  static async start(db: DataSource, handlers: JobHandlers, log: Logger): Promise<ReminderJobs> {
    const pool = (db.driver as unknown as { master: Pool }).master;
    const boss = new PgBoss({
      db: { executeSql: (text: string, values: unknown[]) => pool.query(text, values) },
      schema: "pgboss",
      // Keep the queue's own upkeep light: a province has a handful of jobs a day.
      monitorStateIntervalSeconds: 300,
      maintenanceIntervalSeconds: 300,
    });
    boss.on("error", (error: Error) => log.warn({ err: error.message }, "job queue error"));
    await boss.start();
    for (const name of [DAILY, DELIVER]) {
      if (!(await boss.getQueue(name))) {
        // Two servers starting together may both create it: the second finds it made.
        await boss
          .createQueue(name, { name, retryLimit: 5, retryDelay: 60, retryBackoff: true })
          .catch(async (e: unknown) => {
            if (!(await boss.getQueue(name))) throw e;
          });
      }
    }
    await boss.schedule(DAILY, DAILY_CRON, {}, { tz: TIME_ZONE });
    await boss.schedule(DELIVER, "* * * * *", {});
    await boss.work(DAILY, { pollingIntervalSeconds: 1 }, async () => {
      await handlers.daily();
    });
    await boss.work(DELIVER, { pollingIntervalSeconds: 1 }, async () => {
      await handlers.deliver();
    });
    return new ReminderJobs(boss);
  }

  /**
   * Puts a job in the queue now, as the schedule would, and waits until some
   * server (this one or another) has run it. For tests and operators.
   */
  async trigger(name: typeof DAILY | typeof DELIVER, timeoutMs = 30_000): Promise<string> {
    const id = await this.boss.send(name, {});
    if (!id) throw new Error(`job ${name} was not queued`);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const job = await this.boss.getJobById(name, id);
      if (job && (job.state === "completed" || job.state === "failed")) return job.state;
      if (Date.now() > deadline) throw new Error(`job ${name} did not finish in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 5000 });
  }
}
