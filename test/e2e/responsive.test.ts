/**
 * The main pages on a desktop (1440 px) and a phone (390 × 844): nothing is
 * wider than the screen (a page that scrolls sideways on a phone is a page
 * leaders cannot read), and a screenshot of each for a person to look at.
 */
import type { Browser, Page } from "playwright-core";
import { DEMO_PASSWORD } from "../../server/seed/accounts";
import { accounts, callers, ids } from "../helpers/fixtures";
import { startTestServer, type TestServer } from "../helpers/server";
import { launchBrowser, Panel } from "./browser";

jest.setTimeout(240_000);

const SIZES = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
];

describe("the panel at 1440 and 390 px", () => {
  let t: TestServer;
  let browser: Browser;
  let panel: Panel;

  beforeAll(async () => {
    t = await startTestServer();
    browser = await launchBrowser();
    panel = new Panel(browser, t.url);
    // One submitted figure, so the head's queue has a row to lay out.
    const reporter = await callers(t.client)("reporterCtk");
    const { saveMeasurement } = await reporter.data<{ saveMeasurement: { id: string } }>(
      `mutation($i: ID) { saveMeasurement(indicatorId: $i, year: 2025, value: "45.2", source: "Báo cáo KT-XH 2025") { id } }`,
      { i: await ids.indicator(t.client, "2.c") },
    );
    await reporter.data(`mutation($id: ID!) { submitMeasurement(id: $id, version: 1) { id } }`, {
      id: saveMeasurement.id,
    });
  });

  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await t?.close();
    }
  });

  async function settle(page: Page, testId: string) {
    await page.getByTestId(testId).first().waitFor();
    await page.waitForLoadState("networkidle");
    await page
      .locator(".MuiLinearProgress-root, .MuiCircularProgress-root")
      .first()
      .waitFor({ state: "detached", timeout: 10_000 })
      .catch(() => undefined);
  }

  // Evaluated in the page (the test's own TypeScript has no DOM types).
  const widths = (page: Page) =>
    page.evaluate<{ scrollWidth: number; viewport: number }>(
      "({ scrollWidth: document.documentElement.scrollWidth, viewport: window.innerWidth })",
    );

  for (const size of SIZES) {
    it(`fits the ${size.name} screen (${size.width} px) on every main page`, async () => {
      const viewport = { width: size.width, height: size.height };
      const admin = await panel.signIn(accounts.admin, DEMO_PASSWORD, viewport);
      const head = await panel.signIn(accounts.headCtk, DEMO_PASSWORD, viewport);
      try {
        const targetId = await ids.target(t.client, 4);
        const pages: [Page, string, string, string][] = [
          [admin, "/", "summary-card", "dashboard"],
          [admin, `/Target/${targetId}/show`, "target-indicators", "target"],
          [admin, "/Measurement", "figure-list", "figures"],
          [head, "/approvals", "approval-queue", "approvals"],
          [admin, "/assignment-matrix", "cell-CTK-4", "matrix"],
        ];
        for (const [page, route, testId, name] of pages) {
          await panel.open(page, route);
          await settle(page, testId);
          await panel.screenshot(page, `responsive-${name}-${size.width}`);
          expect({ name, ...(await widths(page)) }).toEqual({
            name,
            scrollWidth: size.width,
            viewport: size.width,
          });
        }
        expect(panel.errors).toEqual([]);
      } finally {
        await Promise.all([admin.context().close(), head.context().close()]);
      }
    });
  }
});
