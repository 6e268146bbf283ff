/**
 * One language at a time: a server message ("Vietnamese (English)") shows only the part in the
 * UI's language; in English, indicators, targets and key tasks show their English names; the
 * assignment matrix keeps an ended lead on screen, greyed with its last day, while "show ended"
 * is on.
 */
import { DEMO_PASSWORD } from "../../server/seed/accounts";
import { accounts, callers } from "../helpers/fixtures";
import type { TestServer } from "../helpers/server";
import { panelSuite, type Panel } from "./browser";

jest.setTimeout(120_000);

describe("messages and names in the UI's language, ended leads on the matrix", () => {
  let t: TestServer;
  let panel: Panel;
  const suite = panelSuite();
  beforeAll(() => ({ t, panel } = suite));

  it("shows a server message in Vietnamese only, then in English only", async () => {
    const context = await panel.browser.newContext({ locale: "vi-VN" });
    const page = await context.newPage();
    try {
      await page.goto(`${panel.baseUrl}/admin/`);
      const tryWrong = async () => {
        await page.locator('input[name="email"]').fill(accounts.reporterCtk);
        await page.locator('input[name="password"]').fill("not-the-password");
        await page.locator('button[type="submit"]').click();
      };
      await tryWrong();
      const toast = page.locator(".MuiSnackbar-root");
      await toast.getByText("Email hoặc mật khẩu không đúng", { exact: true }).waitFor();
      expect(await toast.textContent()).not.toContain("wrong e-mail");
      await panel.screenshot(page, "message-vi");
      await page.getByTestId("language-toggle").click();
      await tryWrong();
      await toast.getByText("Wrong e-mail or password", { exact: true }).waitFor();
      expect(await toast.textContent()).not.toContain("không đúng");
    } finally {
      await context.close();
    }
  });

  it("shows English names in English where they exist", async () => {
    const admin = await callers(t.client)("admin");
    const pages = await admin.data<
      Record<
        string,
        { name?: string; nameEn?: string | null; title?: string; titleEn?: string | null }[]
      >
    >(`{ i0: allIndicators(page: 0, perPage: 100) { name nameEn }
         i1: allIndicators(page: 1, perPage: 100) { name nameEn }
         i2: allIndicators(page: 2, perPage: 100) { name nameEn }
         t0: allTargets(page: 0, perPage: 100) { title titleEn } }`);
    const allIndicators = [...pages.i0, ...pages.i1, ...pages.i2] as {
      name: string;
      nameEn: string | null;
    }[];
    const allTargets = pages.t0 as { title: string; titleEn: string | null }[];
    const indicatorEn = new Map(
      allIndicators.filter((i) => i.nameEn).map((i) => [i.name, i.nameEn]),
    );
    const targetEn = new Map(allTargets.filter((x) => x.titleEn).map((x) => [x.title, x.titleEn]));
    expect(indicatorEn.size).toBeGreaterThan(10);
    expect(targetEn.size).toBeGreaterThan(5);

    const page = await panel.signIn(accounts.admin, DEMO_PASSWORD, { width: 1440, height: 900 });
    try {
      await page.getByTestId("language-toggle").click();
      await panel.open(page, "/Indicator");
      const names = page.locator("tbody td.column-name");
      await names.first().waitFor();
      const shown = (await names.allTextContents()).map((s) => s.trim());
      const english = new Set(indicatorEn.values());
      expect(shown.filter((s) => english.has(s)).length).toBeGreaterThan(10);
      expect(shown.filter((s) => indicatorEn.has(s))).toEqual([]); // no Vietnamese name that has an English one
      await panel.screenshot(page, "indicators-en-1440");

      await panel.open(page, "/Target");
      const titles = page.locator("tbody td.column-title");
      await titles.first().waitFor();
      const shownTitles = (await titles.allTextContents()).map((s) => s.trim());
      const englishTitles = new Set(targetEn.values());
      expect(shownTitles.filter((s) => englishTitles.has(s)).length).toBeGreaterThan(5);
      expect(shownTitles.filter((s) => targetEn.has(s))).toEqual([]);
      expect(panel.errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it("keeps an ended lead visible, greyed with its end date, while 'show ended' is on", async () => {
    const admin = await panel.signIn(accounts.admin, DEMO_PASSWORD, { width: 1440, height: 900 });
    try {
      await panel.open(admin, "/assignment-matrix");
      await admin.getByTestId("cell-CTK-4").click();
      await admin.getByTestId("assign-target-lead").click();
      await admin.getByTestId("confirm-move-lead-yes").click();
      await admin.getByText(/^Đã chuyển chủ trì từ Sở VHTTDL sang Cục Thống kê/).waitFor();
      await admin.getByTestId("close-cell").click();

      const oldCell = admin.getByTestId("cell-SO-VHTTDL-4");
      await oldCell.waitFor();
      expect(await oldCell.locator('[data-role="LEAD"]').count()).toBe(0);
      expect(await oldCell.getByTestId("ended-lead").count()).toBe(0); // off by default

      await admin.getByTestId("show-ended").getByText("Hiện cả phân công đã kết thúc").click();
      const ended = oldCell.getByTestId("ended-lead");
      await ended.waitFor();
      expect((await ended.textContent())?.replace(/\s+/g, " ").trim()).toMatch(
        /^CT · kết thúc \d{2}\/\d{2}\/\d{4}$/,
      );
      // Greyed, not the current lead's colour; the new lead is still shown as current.
      const colour = await ended.evaluate((e) => getComputedStyle(e).backgroundColor);
      const current = admin.getByTestId("cell-CTK-4").locator('[data-role="LEAD"]');
      expect(colour).not.toBe(await current.evaluate((e) => getComputedStyle(e).backgroundColor));
      await panel.screenshot(admin, "matrix-ended-1440");

      await admin.getByTestId("show-ended").locator("input").click();
      await ended.waitFor({ state: "detached" });
      expect(panel.errors).toEqual([]);
    } finally {
      await admin.context().close();
    }
  });

  it("fits the matrix with ended leads and the English list at 390 px", async () => {
    const page = await panel.signIn(accounts.admin, DEMO_PASSWORD, { width: 390, height: 844 });
    try {
      await panel.open(page, "/assignment-matrix");
      await page.getByTestId("show-ended").locator("input").click();
      await page.getByTestId("ended-lead").first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      await panel.screenshot(page, "matrix-ended-390");
      await page.getByTestId("language-toggle").click();
      await panel.open(page, "/Indicator");
      await page.locator("main .MuiList-root li, main tbody tr").first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      await panel.screenshot(page, "indicators-en-390");
    } finally {
      await page.context().close();
    }
  });
});
