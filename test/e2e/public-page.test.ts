/// <reference lib="dom" />
/**
 * The public page in a real browser, with JavaScript off (it must need none):
 * at 390 px (a phone) nothing is wider than the screen, and at 1440 px it
 * reads as a report. Screenshots go to test-artifacts/.
 */
import type { Browser, Page } from "playwright-core";
import path from "node:path";
import { mkdirSync } from "node:fs";
import { callers, ids } from "../helpers/fixtures";
import { startTestServer, type TestServer } from "../helpers/server";
import { ARTIFACTS, launchBrowser } from "./browser";

jest.setTimeout(120_000);

/** Elements that stick out past the right edge, except inside a box that scrolls on its own. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (el: Element | null): boolean => {
      for (let e = el; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.overflowX === "auto" || style.overflowX === "scroll") return true;
      }
      return false;
    };
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width)
      out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const rect = el.getBoundingClientRect();
      if (rect.width > 0 && rect.right > width + 0.5 && !scrolls(el.parentElement))
        out.push(`${el.tagName.toLowerCase()}.${el.className} right=${Math.round(rect.right)}`);
    }
    return out;
  });
}

describe("the public page in a browser", () => {
  let t: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestServer();
    browser = await launchBrowser();
    // The province's own assessment, so that its box is laid out too.
    const admin = await callers(t.client)("admin");
    await admin.data(
      `mutation($t: ID!) { assessTarget(targetId: $t, verdict: NOT_MET, reason: "Đánh giá của tỉnh khác với kết quả tính từ số liệu đã duyệt", document: "Báo cáo chính trị Đại hội XVIII", documentDate: "2025-09-25") { id } }`,
      { t: await ids.target(t.client, 1) },
    );
  });
  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await t?.close();
    }
  });

  it.each([
    [390, 844],
    [1440, 900],
  ])("fits a %d px screen without JavaScript", async (width, height) => {
    const context = await browser.newContext({
      viewport: { width, height },
      javaScriptEnabled: false,
      locale: "vi-VN",
    });
    try {
      const page = await context.newPage();
      mkdirSync(ARTIFACTS, { recursive: true });
      for (const [route, name] of [
        ["/cong-khai", "public-index"],
        ["/cong-khai/chi-tieu/1", "public-target-1"],
        ["/cong-khai/chi-tieu/2?lang=en", "public-target-2-en"],
        ["/cong-khai/chi-tieu/3", "public-target-3"],
      ]) {
        const response = await page.goto(`${t.url}${route}`);
        expect(response?.status()).toBe(200);
        // Earlier versions open without JavaScript (<details>), and fit too.
        for (const summary of await page.locator("details.versions > summary").all())
          await summary.click();
        if (route === "/cong-khai/chi-tieu/1") {
          await expect(page.locator("details.versions table").first().isVisible()).resolves.toBe(
            true,
          );
          await expect(page.locator(".assessment").textContent()).resolves.toContain(
            "Tỉnh tự đánh giá",
          );
        }
        await expect(page.locator("h1").textContent()).resolves.toContain("Lạng Sơn");
        expect({ route, width, overflow: await overflowing(page) }).toEqual({
          route,
          width,
          overflow: [],
        });
        await page.screenshot({
          path: path.join(ARTIFACTS, `${name}-${width}.png`),
          fullPage: width === 390,
        });
      }
      // The style sheet arrived (a served file, not an inline style).
      const background = await page.evaluate(
        () => getComputedStyle(document.querySelector("header")!).backgroundColor,
      );
      expect(background).toBe("rgb(139, 26, 26)");
    } finally {
      await context.close();
    }
  });
});
