/**
 * Debian's Chromium driven by playwright-core, for the panel's end-to-end
 * suites: one browser per suite, one context per signed-in person, and every
 * console error kept so a test can fail on it.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { startTestServer, type TestServer } from "../helpers/server";

export const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts");

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}

export class Panel {
  /** Console errors and uncaught exceptions, with the page they happened on. */
  readonly errors: string[] = [];

  constructor(
    readonly browser: Browser,
    readonly baseUrl: string,
  ) {}

  /** A fresh browser context (its own cookies) signed in as `email`, on the dashboard. */
  async signIn(
    email: string,
    password: string,
    viewport: { width: number; height: number } = { width: 1366, height: 768 },
  ): Promise<Page> {
    const context = await this.browser.newContext({
      viewport,
      locale: "vi-VN",
      timezoneId: "Asia/Ho_Chi_Minh",
    });
    const page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error")
        this.errors.push(`${email} at ${page.url()}: ${message.text()}`);
    });
    page.on("pageerror", (error) =>
      this.errors.push(`${email} at ${page.url()}: ${error.message}`),
    );
    await page.goto(`${this.baseUrl}/admin/`);
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(password);
    await page.locator('button[type="submit"]').click();
    await page.getByTestId("summary-card").waitFor();
    return page;
  }

  /** Goes to a route of the panel (`/approvals`, `/Target/…`). */
  async open(page: Page, route: string): Promise<void> {
    await page.goto(`${this.baseUrl}/admin/#${route}`);
  }

  async screenshot(page: Page, name: string): Promise<string> {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, `${name}.png`);
    // Let charts and fonts settle, and the last notification go, before the picture.
    await page.waitForLoadState("networkidle");
    await page
      .locator(".MuiSnackbar-root")
      .waitFor({ state: "detached", timeout: 8_000 })
      .catch(() => undefined);
    // What the screen shows, and the whole page below it.
    await page.screenshot({ path: file });
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}-full.png`), fullPage: true });
    return file;
  }
}

/** Calls `read` until it returns what `done` accepts (or the time is up), and returns the last value. */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export interface PanelSuite {
  t: TestServer;
  browser: Browser;
  panel: Panel;
}

/**
 * A suite's seeded server, its Chromium and the panel over them: started before the suite's
 * tests, and closed after them whatever happened (or jest never exits).
 */
export function panelSuite(): PanelSuite {
  const suite = {} as PanelSuite;
  beforeAll(async () => {
    suite.t = await startTestServer();
    suite.browser = await launchBrowser();
    suite.panel = new Panel(suite.browser, suite.t.url);
  });
  afterAll(async () => {
    try {
      await suite.browser?.close();
    } finally {
      await suite.t?.close();
    }
  });
  return suite;
}
