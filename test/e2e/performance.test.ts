/**
 * A cold load of the dashboard as a provincial official sees it: signed in,
 * empty browser cache, until the summary sentence shows. Counted from
 * Chromium's own network events (CDP): bytes over the wire (compressed, with
 * headers) and GraphQL requests. The budget is the issue's: ≤ 1.200 KB and
 * ≤ 3 GraphQL requests; the main script compressed and immutable.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD } from "../../server/seed/accounts";
import { accounts } from "../helpers/fixtures";
import type { TestServer } from "../helpers/server";
import { ARTIFACTS, panelSuite, type Panel } from "./browser";

jest.setTimeout(120_000);

interface Loaded {
  /** Wall-clock milliseconds the request was sent and its last byte arrived. */
  sentAt: number;
  doneAt: number;
  url: string;
  type: string;
  bytes: number;
  headers: Record<string, string>;
  graphql: string | null;
}

describe("a cold load of the dashboard", () => {
  let t: TestServer;
  let panel: Panel;
  const suite = panelSuite();
  beforeAll(() => ({ t, panel } = suite));

  it.each(["viewer", "admin"] as const)(
    "stays within budget before the summary shows (%s)",
    async (who) => {
      // Signed in (the session cookie), then the browser's cache emptied and turned off.
      const signedIn = await panel.signIn(accounts[who], DEMO_PASSWORD, {
        width: 390,
        height: 844,
      });
      const context = signedIn.context();
      try {
        await signedIn.close();
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Network.enable");
        await cdp.send("Network.clearBrowserCache");
        await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });

        // The moment the sentence enters the page, by the page's own clock (wall time, ms).
        await page.addInitScript(`
          new MutationObserver((_m, observer) => {
            if (document.querySelector('[data-testid="summary-sentence"]')) {
              window.__summaryAt = Date.now();
              observer.disconnect();
            }
          }).observe(document, { childList: true, subtree: true });`);
        const requests = new Map<string, Partial<Loaded>>();
        const finished: Loaded[] = [];
        // CDP's event timestamps are monotonic seconds; wallTime (sent) gives the offset to wall time.
        let offset = 0;
        cdp.on("Network.requestWillBeSent", (e) => {
          offset = e.wallTime * 1000 - e.timestamp * 1000;
          const body = e.request.postData ?? "";
          const operation =
            /"operationName":"(\w+)"/.exec(body)?.[1] ?? /query\s+(\w+)/.exec(body)?.[1];
          requests.set(e.requestId, {
            sentAt: e.wallTime * 1000,
            url: e.request.url,
            type: e.type ?? "",
            graphql: e.request.url.endsWith("/graphql") ? (operation ?? "anonymous") : null,
          });
        });
        cdp.on("Network.responseReceived", (e) => {
          const r = requests.get(e.requestId);
          if (r)
            r.headers = Object.fromEntries(
              Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]),
            );
        });
        cdp.on("Network.loadingFinished", (e) => {
          const r = requests.get(e.requestId);
          if (r)
            finished.push({
              ...(r as Loaded),
              bytes: e.encodedDataLength,
              doneAt: e.timestamp * 1000 + offset,
            });
        });

        const started = Date.now();
        await page.goto(`${t.url}/admin/`);
        await page.getByTestId("summary-sentence").waitFor();
        const summaryAt = await page.evaluate<number>("window.__summaryAt");
        const ms = summaryAt - started;
        // Everything on the wire until the sentence shows, then (for the record) once the page is idle.
        await page.waitForLoadState("networkidle");
        const before = finished.filter((r) => r.doneAt <= summaryAt);
        const total = before.reduce((sum, r) => sum + r.bytes, 0);
        // Round trips the sentence waited for: GraphQL answers that arrived before it showed. The
        // cards below it (queue, completeness) start their own requests as it renders.
        const graphql = before.filter((r) => r.graphql).map((r) => r.graphql);
        const startedWithIt = [...requests.values()]
          .filter((r) => r.graphql && r.sentAt! <= summaryAt)
          .map((r) => r.graphql);
        const main = finished.find((r) => /\/assets\/main-[\w-]+\.js$/.test(r.url));
        const html = finished.find((r) => r.url.endsWith("/admin/"));
        const report = {
          kilobytes: Math.round(total / 1000),
          kilobytesWhenIdle: Math.round(finished.reduce((sum, r) => sum + r.bytes, 0) / 1000),
          graphqlSentByThen: startedWithIt,
          graphqlWhenIdle: [...requests.values()].filter((r) => r.graphql).map((r) => r.graphql),
          graphqlRequests: graphql,
          msToSummary: ms,
          files: before
            .map((r) => ({
              file: r.url.replace(t.url, ""),
              bytes: r.bytes,
              encoding: r.headers?.["content-encoding"] ?? null,
              cache: r.headers?.["cache-control"] ?? null,
            }))
            .sort((a, b) => b.bytes - a.bytes),
        };
        writeFileSync(
          path.join(ARTIFACTS, `performance-${who}.json`),
          JSON.stringify(report, null, 2),
        );

        expect(main?.headers["content-encoding"]).toMatch(/^(br|gzip)$/);
        expect(main?.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
        expect(html?.headers["cache-control"]).toBe("no-cache");
        expect(total).toBeLessThanOrEqual(1_200_000);
        expect(graphql.length).toBeLessThanOrEqual(3);
        expect(panel.errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
