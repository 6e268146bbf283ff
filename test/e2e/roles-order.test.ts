/**
 * A menu per role and codes in natural order: leadership (a viewer) sees
 * reading pages and the completeness table, not "Công việc" or API keys; a
 * reporter sees their work; the indicator list reads 1.a, 2.a … 10.a.
 */
import { DEMO_PASSWORD } from "../../server/seed/accounts";
import { accounts } from "../helpers/fixtures";
import { panelSuite, type Panel } from "./browser";

jest.setTimeout(120_000);

describe("menus per role, codes in natural order", () => {
  let panel: Panel;
  const suite = panelSuite();
  beforeAll(() => ({ panel } = suite));

  it("gives leadership reading pages and the completeness table", async () => {
    const viewer = await panel.signIn(accounts.viewer, DEMO_PASSWORD);
    try {
      const menu = viewer.locator(".RaSidebar-fixed");
      await menu.getByText("THEO DÕI").waitFor();
      await viewer.getByTestId("completeness-card").waitFor();
      expect(await menu.getByText("CÔNG VIỆC").count()).toBe(0);
      expect(await menu.getByText("Khóa API").count()).toBe(0);
      expect(await menu.getByText("Nhập số liệu").count()).toBe(0);
      await panel.screenshot(viewer, "menu-viewer");
      await menu.getByText("Mức độ đầy đủ báo cáo").click();
      await viewer.getByTestId("completeness-page").getByTestId("completeness-card").waitFor();
      expect(panel.errors).toEqual([]);
    } finally {
      await viewer.context().close();
    }
  });

  it("gives a reporter their work, and lists codes 1.a, 2.a … 10.a", async () => {
    const reporter = await panel.signIn(accounts.reporterCtk, DEMO_PASSWORD);
    try {
      const menu = reporter.locator(".RaSidebar-fixed");
      await menu.getByText("CÔNG VIỆC").waitFor();
      await menu.getByText("Nhập số liệu").waitFor();
      await panel.open(reporter, "/Indicator");
      const firstCells = reporter.locator("tbody tr td:first-child");
      // The rows, not the list's loading placeholders: the last code of the page is there.
      await firstCells.getByText("10.a", { exact: true }).waitFor();
      const codes = (await firstCells.allTextContents())
        .map((c) => c.trim())
        .filter((c) => /^\d+\.[a-z]$/.test(c));
      expect(codes.length).toBeGreaterThan(20);
      expect(codes).toEqual([...codes].sort((a, b) => a.localeCompare(b, "en", { numeric: true })));
      expect(codes.indexOf("2.a")).toBeLessThan(codes.indexOf("10.a"));
      expect(panel.errors).toEqual([]);
    } finally {
      await reporter.context().close();
    }
  });
});
