/**
 * This server's reminders: the mailer (when SMTP_URL is set), the job queue
 * (when JOBS is on), and the operations the GraphQL mutations and the jobs
 * share. One per server, handed to each request's context.
 */
import type { DataSource } from "typeorm";
import { vietnamDate } from "../../common/dates";
import type { Config } from "../../config";
import type { Logger } from "../../logger";
import { createMailer } from "./mailer";
import { ReminderJobs } from "./reminder.jobs";
import {
  deliverQueued,
  dueReminders,
  recordReminders,
  transitionReminder,
  type DueReminder,
  type ReminderDeps,
} from "./reminder.service";

export interface SendResult {
  due: DueReminder[];
  recorded: number;
  sent: number;
  failed: number;
}

export class ReminderRuntime {
  readonly deps: ReminderDeps;
  jobs: ReminderJobs | null = null;
  /** Deliveries started after a transition, awaited on stop. */
  private readonly pending = new Set<Promise<unknown>>();

  constructor(db: DataSource, config: Config, log: Logger) {
    this.deps = {
      db,
      log,
      publicUrl: config.publicUrl,
      mailer: config.smtpUrl ? createMailer(config.smtpUrl, config.mailFrom) : undefined,
    };
  }

  async start(): Promise<void> {
    this.jobs = await ReminderJobs.start(
      this.deps.db,
      { daily: () => this.sendDue(false), deliver: () => deliverQueued(this.deps) },
      this.deps.log,
    );
  }

  /** What is due now; unless a dry run, records it (once) and sends what this call recorded. */
  async sendDue(dryRun: boolean, today = vietnamDate()): Promise<SendResult> {
    const due = await dueReminders(this.deps, today);
    if (dryRun) return { due, recorded: 0, sent: 0, failed: 0 };
    const recorded = await recordReminders(this.deps, due);
    const { sent, failed } = await deliverQueued(
      this.deps,
      recorded.map((r) => r.id),
    );
    this.deps.log.info(
      { due: due.length, recorded: recorded.length, sent, failed },
      "reminders run",
    );
    return { due, recorded: recorded.length, sent, failed };
  }

  /** At once, when a figure is returned or reopened; a failure is logged, never the caller's. */
  async afterTransition(
    step: "return" | "reopen",
    figure: Parameters<typeof transitionReminder>[2],
    actor: { id: string; name: string } | null,
  ): Promise<void> {
    try {
      const due = await transitionReminder(this.deps, step, figure, actor);
      if (!due) return;
      // Recorded before the mutation answers (never lost); sent without making it wait for SMTP.
      const recorded = await recordReminders(this.deps, [due]);
      if (recorded.length === 0 || !this.deps.mailer) return;
      const delivery = deliverQueued(
        this.deps,
        recorded.map((r) => r.id),
      )
        .catch((error: unknown) => this.deps.log.error({ err: error }, "reminder delivery failed"))
        .finally(() => this.pending.delete(delivery));
      this.pending.add(delivery);
    } catch (error) {
      this.deps.log.error({ err: error, figure: figure.id }, "reminder after transition failed");
    }
  }

  async stop(): Promise<void> {
    await Promise.all(this.pending);
    await this.jobs?.stop();
    this.jobs = null;
    this.deps.mailer?.close();
  }
}
