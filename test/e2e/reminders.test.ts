/**
 * The reminders in the panel, as a reporter uses them: after the morning run
 * (no SMTP_URL, so they are kept in the panel) the bell counts them, opens
 * them, and the profile page turns a kind off. Screenshots at 1440 and 390 px.
 */
import type { Browser } from "playwright-core";
import { DEMO_PASSWORD } from "../../server/seed/accounts";
import { accounts, callers } from "../helpers/fixtures";
import { startTestServer, type TestServer } from "../helpers/server";
import { eventually, launchBrowser, Panel } from "./browser";

jest.setTimeout(120_000);

describe("reminders in the admin panel", () => {
  let t: TestServer;
  let browser: Browser;
  let panel: Panel;

  beforeAll(async () => {
    t = await startTestServer();
    browser = await launchBrowser();
    panel = new Panel(browser, t.url);
    const admin = await callers(t.client)("admin");
    await admin.data(`mutation { sendDueReminders(dryRun: false) { recorded } }`);
  });
  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await t?.close();
    }
  });

  it("shows a reporter's reminders in the bell and lets them turn late reminders off", async () => {
    const page = await panel.signIn(accounts.reporterYt, DEMO_PASSWORD);
    try {
      const bell = page.getByTestId("reminder-bell");
      await eventually(
        () => bell.locator(".MuiBadge-badge").innerText(),
        (text) => Number(text) > 0,
      );
      const count = Number(await bell.locator(".MuiBadge-badge").innerText());
      expect(count).toBeGreaterThan(0);
      await bell.click();
      const list = page.getByTestId("reminder-list");
      await expect(list.innerText()).resolves.toMatch(/Quá hạn \d+ ngày: số liệu 12\.\w năm 2025/);
      await page.waitForTimeout(400); // the popover's fade-in
      await panel.screenshot(page, "reminder-bell");

      // Opening one marks it read and goes to the figure's form in the panel.
      await list.locator(".MuiListItemButton-root").first().click();
      await page.waitForURL(/#\/Measurement\/create/);
      await eventually(
        () => bell.locator(".MuiBadge-badge").innerText(),
        (text) => Number(text || 0) === count - 1,
      );
      expect(Number(await bell.locator(".MuiBadge-badge").innerText())).toBe(count - 1);

      await panel.open(page, "/profile");
      const late = page.getByTestId("reminder-setting-LATE").locator("input");
      await late.waitFor();
      expect(await late.isChecked()).toBe(true);
      await late.click();
      const reporter = await callers(t.client)("reporterYt");
      const settings = await eventually(
        () =>
          reporter.data<{ myReminderSettings: { kind: string; enabled: boolean }[] }>(
            `{ myReminderSettings { kind enabled } }`,
          ),
        (s) => !s.myReminderSettings.find((k) => k.kind === "LATE")!.enabled,
      );
      expect(settings.myReminderSettings.find((k) => k.kind === "LATE")!.enabled).toBe(false);
      await panel.screenshot(page, "profile-reminders");
      // On a phone: a fresh session at 390 px (the sidebar starts closed there).
      const phone = await browser.newContext({
        viewport: { width: 390, height: 844 },
        locale: "vi-VN",
      });
      try {
        const small = await phone.newPage();
        await small.goto(`${t.url}/admin/`);
        await small.locator('input[name="email"]').fill(accounts.reporterYt);
        await small.locator('input[name="password"]').fill(DEMO_PASSWORD);
        await small.locator('button[type="submit"]').click();
        await small.getByTestId("summary-card").waitFor();
        await small.getByTestId("reminder-bell").click();
        const box = await small.getByTestId("reminder-list").boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(390);
        await small.waitForTimeout(400);
        await panel.screenshot(small, "reminder-bell-390");
      } finally {
        await phone.close();
      }
      expect(panel.errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it("lists every reminder sent for an administrator", async () => {
    const page = await panel.signIn(accounts.admin, DEMO_PASSWORD);
    try {
      await panel.open(page, "/Reminder");
      await page.locator("tbody tr").first().waitFor();
      await expect(page.locator("#root").innerText()).resolves.toContain(
        "chuyenvien.soyt@langson.example",
      );
      await panel.screenshot(page, "reminder-list-admin");
      expect(panel.errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
