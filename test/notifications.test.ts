/**
 * Without SMTP_URL (the embedded default) reminders are kept as in-app
 * notifications: recorded once, shown to their recipient only (the admin's
 * bell), marked read by them.
 */
import type { GraphQLClient } from "./helpers/client";
import { callers, type AccountName } from "./helpers/fixtures";
import { startTestServer, type TestServer } from "./helpers/server";

const BELL = `{ allReminders(perPage: 20, filter: { mine: true, unread: true }) { id kind channel status subject link }
  _allRemindersMeta(filter: { mine: true, unread: true }) { count } }`;

interface Bell {
  allReminders: {
    id: string;
    kind: string;
    channel: string;
    status: string;
    subject: string;
    link: string;
  }[];
  _allRemindersMeta: { count: number };
}

describe("in-app notifications without SMTP", () => {
  let t: TestServer;
  let as: (name: AccountName) => Promise<GraphQLClient>;

  beforeAll(async () => {
    t = await startTestServer({ PUBLIC_URL: "http://127.0.0.1:4000" });
    as = callers(t.client);
  });
  afterAll(() => t?.close());

  it("keeps each reminder for the bell of its recipient only, and lets them mark it read", async () => {
    const admin = await as("admin");
    const { sendDueReminders } = await admin.data<{
      sendDueReminders: { recorded: number; sent: number };
    }>(`mutation { sendDueReminders(dryRun: false) { recorded sent } }`);
    expect(sendDueReminders.recorded).toBeGreaterThan(0);
    expect(sendDueReminders.sent).toBe(0); // nothing went by e-mail

    const reporter = await as("reporterYt");
    const bell = await reporter.data<Bell>(BELL);
    expect(bell._allRemindersMeta.count).toBeGreaterThan(0);
    expect(bell.allReminders.every((r) => r.channel === "IN_APP" && r.status === "SENT")).toBe(
      true,
    );
    expect(bell.allReminders[0].subject).toMatch(/^\[Nhắc việc\] Quá hạn/);
    expect(bell.allReminders[0].link).toMatch(
      /^http:\/\/127\.0\.0\.1:4000\/admin\/#\/Measurement\/create/,
    );
    // The administrator's own bell is empty: the office gets no reporter's reminders.
    expect((await admin.data<Bell>(BELL))._allRemindersMeta.count).toBe(0);

    // Another user cannot mark them read; their owner can.
    const other = await as("reporterCtk");
    const ids = bell.allReminders.map((r) => r.id);
    const { markRemindersRead: none } = await other.data<{ markRemindersRead: { id: string }[] }>(
      `mutation($ids: [ID!]!) { markRemindersRead(ids: $ids) { id } }`,
      { ids },
    );
    expect(none).toEqual([]);
    const { markRemindersRead: marked } = await reporter.data<{
      markRemindersRead: { id: string; readAt: string | null }[];
    }>(`mutation($ids: [ID!]!) { markRemindersRead(ids: $ids) { id readAt } }`, { ids });
    expect(marked.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(marked.every((r) => r.readAt)).toBe(true);
    expect((await reporter.data<Bell>(BELL))._allRemindersMeta.count).toBe(
      bell._allRemindersMeta.count - ids.length,
    );
    const bad = await reporter.errorOf(`mutation { markRemindersRead(ids: ["nope"]) { id } }`);
    expect(bad).toMatchObject({ code: "BAD_USER_INPUT", field: "ids" });
  });

  it("shows each user which kinds they receive", async () => {
    const head = await as("headYt");
    const { myReminderSettings } = await head.data<{
      myReminderSettings: { kind: string; enabled: boolean }[];
    }>(`{ myReminderSettings { kind enabled } }`);
    expect(myReminderSettings.map((s) => s.kind)).toEqual([
      "DUE_SOON",
      "LATE",
      "DIGEST",
      "REOPENED",
      "RETURNED",
    ]);
    expect(myReminderSettings.every((s) => s.enabled)).toBe(true);
    await head.data(`mutation { setReminderSetting(kind: DIGEST, enabled: false) { kind } }`);
    await head.data(`mutation { setReminderSetting(kind: DIGEST, enabled: false) { kind } }`); // idempotent
    const after = await head.data<{ myReminderSettings: { kind: string; enabled: boolean }[] }>(
      `{ myReminderSettings { kind enabled } }`,
    );
    expect(after.myReminderSettings.find((s) => s.kind === "DIGEST")!.enabled).toBe(false);
    expect((await t.client.errorOf(`{ myReminderSettings { kind } }`)).code).toBe(
      "UNAUTHENTICATED",
    );
  });
});
