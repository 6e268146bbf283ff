/**
 * Compiled answers served before express and Apollo (server/read/direct.ts): once the app has
 * answered a query text from its compiled statements, the same text is answered directly, with
 * the app's very status, headers and bytes (compressed as the app compresses), for every kind
 * of caller; anything it cannot answer exactly goes to the app, which answers as before.
 */
import { request as httpRequest } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { callers, FOUR_CALLERS, type AccountName } from "./helpers/fixtures";
import { figuresInEveryState } from "./helpers/figures";
import { startTestServer, type TestServer } from "./helpers/server";
import { executorRuns } from "../server/read/executor";

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One POST as sent on the wire (no client-side decoding), its body decoded here. */
function post(url: string, body: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${url}/graphql`,
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(body)),
          "x-request-id": "direct-test",
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const raw = Buffer.concat(chunks);
          const encoding = res.headers["content-encoding"];
          const decoded =
            encoding === "br"
              ? brotliDecompressSync(raw)
              : encoding === "gzip"
                ? gunzipSync(raw)
                : raw;
          resolve({ status: res.statusCode!, headers: res.headers, body: decoded.toString() });
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Headers that differ between any two answers, or with how the body was framed. */
function comparable(raw: Raw): Raw {
  const { date, "content-length": _l, "transfer-encoding": _t, ...headers } = raw.headers;
  void date;
  return { ...raw, headers };
}

const QUEUE = `query Queue($status: MeasurementStatus, $last: Int) {
  allMeasurements(filter: { status: $status }, sortField: "submittedAt", sortOrder: "DESC", perPage: 20) {
    id year period value valueKind submittedAt reportedOn note
    indicator { code target { number } measurements(last: $last) { year value } }
    agency { shortName }
  }
}`;

describe("compiled answers served before the app", () => {
  let t: TestServer;
  let n = 0;
  /** A query text never sent before (a comment makes it new), so its first answer is the app's. */
  const fresh = (query: string) => `${query}\n# ${++n}`;
  const direct = () => t.server.answeredDirectly();
  beforeAll(async () => {
    t = await startTestServer();
    await figuresInEveryState(t.client);
  });
  afterAll(() => t?.close());

  const tokenOf = async (account: AccountName | null) =>
    account ? (await callers(t.client)(account)).token : undefined;
  const bearer = (token: string | undefined): Record<string, string> =>
    token ? { authorization: `Bearer ${token}` } : {};

  const who = FOUR_CALLERS;

  it.each(who)(
    "answers %s with the app's status, headers and bytes, plain and compressed",
    async (_who, account) => {
      const auth = bearer(await tokenOf(account));
      for (const encoding of ["identity", "gzip", "br"]) {
        const body = JSON.stringify({
          query: fresh(QUEUE),
          // Every figure the caller may read, 20 of them: over the 1 KB compression threshold.
          variables: { last: 2 },
          operationName: "Queue",
        });
        const headers = { ...auth, "accept-encoding": encoding };
        const before = direct();
        const app = await post(t.url, body, headers);
        expect(direct()).toBe(before);
        const served = await post(t.url, body, headers);
        expect(direct()).toBe(before + 1);
        expect(comparable(served)).toEqual(comparable(app));
        expect(JSON.parse(served.body).data.allMeasurements.length).toBeGreaterThan(0);
        expect(served.headers["content-encoding"]).toBe(
          encoding === "identity" ? undefined : encoding,
        );
      }
    },
  );

  it.each(who)(
    "answers %s from a query's compiled executor with the app's status, headers and bytes",
    async (_who, account) => {
      const auth = bearer(await tokenOf(account));
      const { allTargets } = await t.client.data<{ allTargets: { congressId: string }[] }>(
        `{ allTargets(perPage: 1) { congressId } }`,
      );
      // Computed fields (the verdicts): no statement answers it, its executor does.
      const summary = `query Summary($c: ID!) { progressSummary(congressId: $c) {
        sentence total met targets { target { number } progress { verdict reason } } } }`;
      for (const encoding of ["identity", "gzip"]) {
        const query = fresh(summary);
        const body = JSON.stringify({ query, variables: { c: allTargets[0].congressId } });
        const headers = { ...auth, "accept-encoding": encoding };
        const before = direct();
        // graphql-js, then the executor compiled on the second sight (both through the app).
        const interpreted = await post(t.url, body, headers);
        const app = await post(t.url, body, headers);
        expect(direct()).toBe(before);
        const served = await post(t.url, body, headers);
        expect(direct()).toBe(before + 1);
        expect(comparable(app)).toEqual(comparable(interpreted));
        expect(comparable(served)).toEqual(comparable(app));
        expect(JSON.parse(served.body).data.progressSummary.targets.length).toBeGreaterThan(0);
      }
    },
  );

  it("runs a known text's executor once for a caller it fails for, and lets graphql-js report why", async () => {
    const { allTargets } = await t.client.data<{ allTargets: { congressId: string }[] }>(
      `{ allTargets(perPage: 1) { congressId } }`,
    );
    // No statement answers it (a computed root field): the executor does, for an administrator.
    const query = fresh(`query Both($c: ID!) {
      allUsers(perPage: 1) { email } progressSummary(congressId: $c) { total } }`);
    const body = JSON.stringify({ query, variables: { c: allTargets[0].congressId } });
    const admin = bearer(await tokenOf("admin"));
    for (let i = 0; i < 2; i++) await post(t.url, body, admin);
    const before = { direct: direct(), runs: executorRuns() };
    const refused = await post(t.url, body);
    expect(JSON.parse(refused.body).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    // Tried on the direct path, not again in the app: graphql-js answered.
    expect([direct(), executorRuns()]).toEqual([before.direct, before.runs + 1]);
    const served = await post(t.url, body, admin);
    expect(JSON.parse(served.body).data.progressSummary.total).toBeGreaterThan(0);
    expect(direct()).toBe(before.direct + 1);
  });

  it("answers other variables and other callers of a known text with what graphql-js answers", async () => {
    const query = fresh(QUEUE);
    await post(t.url, JSON.stringify({ query, variables: { status: "SUBMITTED" } }));
    for (const [, account] of who) {
      const auth = bearer(await tokenOf(account));
      for (const variables of [{ status: "APPROVED", last: 1 }, { status: "RETURNED" }, {}]) {
        const before = direct();
        const served = await post(t.url, JSON.stringify({ query, variables }), auth);
        expect(direct()).toBe(before + 1);
        // graphql-js's own answer: a directive is left to it (server/read/compile.ts).
        const interpreted = query.replace("perPage: 20)", "perPage: 20) @include(if: true)");
        const app = await post(t.url, JSON.stringify({ query: interpreted, variables }), auth);
        expect(served.body).toBe(app.body);
      }
    }
  });

  it("sends one statement for a signed-in caller it has seen", async () => {
    const auth = bearer(await tokenOf("headYt"));
    const body = JSON.stringify({ query: fresh(QUEUE), variables: { status: "SUBMITTED" } });
    await post(t.url, body, auth);
    await post(t.url, body, auth);
    const before = t.statements();
    await post(t.url, body, auth);
    expect(t.statements() - before).toBe(1);
  });

  it("leaves to the app, which answers as before, whatever it cannot answer exactly", async () => {
    const query = fresh(`query($code: String) { allIndicators(filter: { code: $code }) { code } }`);
    await post(t.url, JSON.stringify({ query, variables: { code: "1.a" } }));
    const cases: [string, string, Record<string, string>, number, string][] = [
      [
        "a variable of the wrong type",
        JSON.stringify({ query, variables: { code: 7 } }),
        {},
        400,
        "BAD_USER_INPUT",
      ],
      [
        "a text over its limit",
        JSON.stringify({ query, variables: { code: "x".repeat(5000) } }),
        {},
        400,
        "BAD_USER_INPUT",
      ],
      ["a body that is not JSON", `{"query": ${JSON.stringify(query)}`, {}, 400, "BAD_REQUEST"],
      ["JSON that is not an object", JSON.stringify(query), {}, 400, "BAD_REQUEST"],
      [
        "an unknown credential",
        JSON.stringify({ query }),
        { authorization: "Bearer rt_s_nobody" },
        401,
        "UNAUTHENTICATED",
      ],
    ];
    for (const [what, body, headers, status, code] of cases) {
      const before = direct();
      const answer = await post(t.url, body, headers);
      expect([what, answer.status, JSON.parse(answer.body).errors?.[0]?.extensions?.code]).toEqual([
        what,
        status,
        code,
      ]);
      expect([what, direct()]).toEqual([what, before]);
    }
    // Extensions (persisted queries, say) are Apollo's: the app answers, the same data.
    const before = direct();
    const withExtensions = await post(
      t.url,
      JSON.stringify({ query, variables: { code: "1.a" }, extensions: { note: 1 } }),
    );
    expect(direct()).toBe(before);
    expect(JSON.parse(withExtensions.body).data.allIndicators).toEqual([{ code: "1.a" }]);
    // A list the caller may not read never compiles: the app refuses it every time.
    const users = fresh(`{ allUsers(perPage: 1) { email } }`);
    for (let i = 0; i < 2; i++) {
      const refused = await post(t.url, JSON.stringify({ query: users }));
      expect(JSON.parse(refused.body).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    }
    expect(direct()).toBe(before);
  });
});
