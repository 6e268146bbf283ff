/**
 * The GraphQL IDE at /graphiql works with no internet: every request it
 * makes goes to this server, it loads the schema, and it runs an example.
 */
import path from "node:path";
import type { Browser } from "playwright-core";
import { startTestServer, type TestServer } from "../helpers/server";
import { ARTIFACTS, launchBrowser } from "./browser";

describe("the offline GraphQL IDE", () => {
  let t: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it("loads from this server only and runs the first example with an API token", async () => {
    const { login } = await t.client.data<{ login: { token: string } }>(
      `mutation { login(email: "xem@langson.example", password: "langson-demo-2025") { token } }`,
    );
    const { createApiToken } = await t.client
      .as(login.token)
      .data<{ createApiToken: { token: string } }>(
        `mutation { createApiToken(name: "GraphiQL", scopes: ["read"]) { token } }`,
      );
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (!["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol !== "data:")
        foreign.push(request.url());
    });
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    try {
      await page.goto(`${t.url}/graphiql`);
      await page.getByLabel("API token").fill(createApiToken.token);
      await page.getByRole("button", { name: "TargetProgress", exact: true }).click();
      await page.locator(".graphiql-execute-button").click();
      await page
        .locator(".graphiql-response")
        .getByText("Tăng trưởng kinh tế")
        .first()
        .waitFor({ timeout: 20000 });
      await page.screenshot({ path: path.join(ARTIFACTS, "graphiql.png") });
      // The editors' font has Vietnamese glyphs, and it comes from this server.
      const editorFont = await page.evaluate<string>(
        `getComputedStyle(document.querySelector(".graphiql-response .CodeMirror")).fontFamily`,
      );
      expect(editorFont).toMatch(/^"?Roboto Mono"?/);
      // Its Vietnamese subset (U+1EA0–1EF9: ạ … ỹ, "tế") is loaded.
      const vietnameseLoaded = await page.evaluate<boolean>(
        `[...document.fonts].some((f) => f.family.replace(/"/g, "") === "Roboto Mono" &&
           f.status === "loaded" && /U\\+1EA0/i.test(f.unicodeRange))`,
      );
      expect(vietnameseLoaded).toBe(true);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
