/**
 * Words and formats: the audit log says what happened in words (both
 * languages), names people with their agency, has no request-id column, and
 * every time reads HH:mm dd/mm/yyyy; the congress page says its assessment is
 * of the previous term.
 */
import type { Browser } from "playwright-core";
import { DEMO_PASSWORD } from "../../server/seed/accounts";
import { accounts, callers, ids } from "../helpers/fixtures";
import { startTestServer, type TestServer } from "../helpers/server";
import { launchBrowser, Panel } from "./browser";

jest.setTimeout(120_000);

describe("words and formats", () => {
  let t: TestServer;
  let browser: Browser;
  let panel: Panel;

  beforeAll(async () => {
    t = await startTestServer();
    browser = await launchBrowser();
    panel = new Panel(browser, t.url);
    const reporter = await callers(t.client)("reporterCtk");
    await reporter.data(
      `mutation($i: ID) { saveMeasurement(indicatorId: $i, year: 2025, value: "45.2", source: "Báo cáo KT-XH 2025") { id } }`,
      { i: await ids.indicator(t.client, "2.c") },
    );
  });

  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await t?.close();
    }
  });

  it("writes the audit log in words, people by name and agency, one time format", async () => {
    const admin = await panel.signIn(accounts.admin, DEMO_PASSWORD);
    try {
      await panel.open(admin, "/AuditEvent");
      const table = admin.locator("table");
      const row = table.locator("tbody tr", { hasText: "Chuyên viên Cục Thống kê" }).first();
      await row.waitFor();
      await expect(row.textContent()).resolves.toMatch(/Tạo mới.*Số liệu/);
      const text = await table.innerText();
      expect(text).not.toMatch(
        /Measurement\.create|permission\.denied|Mã yêu cầu|@langson\.example/,
      );
      const times = text.match(/\d{1,2}[:/]\d{1,2}[^\n\t]*/g) ?? [];
      expect(times.length).toBeGreaterThan(0);
      for (const time of times) expect(time.trim()).toMatch(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
      await panel.screenshot(admin, "audit-log-words");

      await admin.getByTestId("language-toggle").click();
      await row.getByText("Created").waitFor();
      await expect(row.textContent()).resolves.toContain("Figure");
      await admin.getByTestId("language-toggle").click();

      const api = await callers(t.client)("admin");
      const { allCongresses } = await api.data<{ allCongresses: { id: string }[] }>(
        `{ allCongresses(filter: { ordinal: 17 }) { id } }`,
      );
      await panel.open(admin, `/Congress/${allCongresses[0].id}/show`);
      await admin.getByText("Đánh giá kết quả nhiệm kỳ trước").waitFor();
      expect(panel.errors).toEqual([]);
    } finally {
      await admin.context().close();
    }
  });
});
