/**
 * The authorization matrix: every mutation and sensitive query, called by
 * every kind of caller. A denial has the exact code (UNAUTHENTICATED for
 * anonymous callers, FORBIDDEN otherwise), changes nothing, and a FORBIDDEN
 * is itself audited. Allowed callers pass the permission check (the calls
 * are built to then stop harmlessly: unknown ids, missing fields).
 * A mutation added to the schema without a row here fails this test.
 */
import { buildSchema } from "graphql";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { GraphQLClient } from "./helpers/client";
import { accounts, callers, signIn, type AccountName } from "./helpers/fixtures";
import { startTestServer, type TestServer } from "./helpers/server";

type Caller =
  "anonymous" | "viewer" | "reporter" | "headA" | "headB" | "admin" | "readToken" | "submitToken";
const CALLERS: Caller[] = [
  "anonymous",
  "viewer",
  "reporter",
  "headA",
  "headB",
  "admin",
  "readToken",
  "submitToken",
];
const SESSION: Record<Exclude<Caller, "anonymous" | "readToken" | "submitToken">, AccountName> = {
  viewer: "viewer",
  reporter: "reporterCtk",
  headA: "headCtk",
  headB: "headYt",
  admin: "admin",
};
const NOBODY = "00000000-0000-4000-8000-000000000000";
const signedIn: Caller[] = CALLERS.filter((c) => c !== "anonymous");
const people: Caller[] = ["viewer", "reporter", "headA", "headB", "admin"];

interface Row {
  query: string;
  allowed: Caller[];
  /** What an allowed caller gets instead, when the harmless outcome is itself an auth error. */
  allowedOutcome?: { code: string; message: RegExp };
}

const adminOnly = (query: string): Row => ({ query, allowed: ["admin"] });
const crud = (type: string, create: string): Record<string, Row> => ({
  [`create${type}`]: adminOnly(`mutation { create${type}(${create}) { id } }`),
  [`update${type}`]: adminOnly(`mutation { update${type}(id: "${NOBODY}") { id } }`),
  [`delete${type}`]: adminOnly(`mutation { delete${type}(id: "${NOBODY}") { id } }`),
});
const step = (name: string, extra = "") =>
  `mutation { ${name}(id: "${NOBODY}", version: 1${extra}) { id } }`;

const mutations: Record<string, Row> = {
  ...crud("Congress", "ordinal: 18"),
  ...crud("KeyTask", "ordinal: 6"),
  ...crud("Target", "number: 21"),
  ...crud("Indicator", `code: "21.a"`),
  ...crud("Agency", `code: "X"`),
  ...crud("User", `email: "x@y.vn"`),
  ...crud("Assignment", "role: LEAD"),
  assessTarget: adminOnly(
    `mutation { assessTarget(targetId: "${NOBODY}", verdict: MET, reason: "x", document: "x", documentDate: "2025-09-25") { id } }`,
  ),
  assignTarget: adminOnly(
    `mutation { assignTarget(targetId: "${NOBODY}", agencyId: "${NOBODY}", role: LEAD) { id } }`,
  ),
  saveMeasurement: {
    query: `mutation { saveMeasurement(value: "1") { id } }`,
    allowed: ["reporter", "admin", "submitToken"],
  },
  createMeasurement: {
    query: `mutation { createMeasurement(value: "1") { id } }`,
    allowed: ["reporter", "admin", "submitToken"],
  },
  updateMeasurement: {
    query: `mutation { updateMeasurement(id: "${NOBODY}", version: 1, value: "1") { id } }`,
    allowed: ["reporter", "admin", "submitToken"],
  },
  deleteMeasurement: {
    query: `mutation { deleteMeasurement(id: "${NOBODY}") { id } }`,
    allowed: ["reporter", "admin", "submitToken"],
  },
  carryAssignmentsForward: adminOnly(
    `mutation { carryAssignmentsForward(congressId: "${NOBODY}", previousCongressId: "${NOBODY}", fingerprint: "${"0".repeat(32)}") { batchId } }`,
  ),
  importResolutionTargets: {
    query: `mutation { importResolutionTargets(congressId: "${NOBODY}", targets: []) { createdTargets } }`,
    allowed: ["admin"],
  },
  importMeasurements: {
    query: `mutation { importMeasurements(filename: "so-lieu.txt", contentBase64: "") { written } }`,
    allowed: ["reporter", "admin", "submitToken"],
  },
  submitMeasurement: {
    query: step("submitMeasurement"),
    allowed: ["reporter", "admin", "submitToken"],
  },
  approveMeasurement: { query: step("approveMeasurement"), allowed: ["headA", "headB", "admin"] },
  returnMeasurement: {
    query: step("returnMeasurement", `, reason: "x"`),
    allowed: ["headA", "headB", "admin"],
  },
  reopenMeasurement: {
    query: step("reopenMeasurement", `, reason: "x"`),
    allowed: ["headA", "headB", "admin"],
  },
  createApiToken: {
    query: `mutation { createApiToken(name: "", scopes: []) { token } }`,
    allowed: people,
  },
  revokeApiToken: { query: `mutation { revokeApiToken(id: "${NOBODY}") { id } }`, allowed: people },
  login: {
    query: `mutation { login(email: "nobody@langson.example", password: "x") { token } }`,
    allowed: ["anonymous", ...people, "readToken"],
    allowedOutcome: { code: "UNAUTHENTICATED", message: /mật khẩu không đúng/ },
  },
  logout: { query: `mutation { logout }`, allowed: signedIn },
  sendDueReminders: adminOnly(`mutation { sendDueReminders(dryRun: true) { due } }`),
  markRemindersRead: { query: `mutation { markRemindersRead(ids: []) { id } }`, allowed: signedIn },
  setReminderSetting: {
    query: `mutation { setReminderSetting(kind: LATE, enabled: true) { kind } }`,
    allowed: signedIn,
  },
};

const queries: Record<string, Row> = {
  allUsers: { query: `{ allUsers { id } }`, allowed: ["admin", "readToken"] },
  User: { query: `{ User(id: "${NOBODY}") { id } }`, allowed: ["admin", "readToken"] },
  allAuditEvents: { query: `{ allAuditEvents { id } }`, allowed: ["admin", "readToken"] },
  AuditEvent: { query: `{ AuditEvent(id: "${NOBODY}") { id } }`, allowed: ["admin", "readToken"] },
  allApiTokens: { query: `{ allApiTokens { id } }`, allowed: people },
  me: { query: `{ me { via } }`, allowed: signedIn },
  allReminders: { query: `{ allReminders { id } }`, allowed: signedIn },
  myReminderSettings: { query: `{ myReminderSettings { kind } }`, allowed: signedIn },
  assignmentCarryForward: adminOnly(
    `{ assignmentCarryForward(congressId: "${NOBODY}", previousCongressId: "${NOBODY}") { toCreate } }`,
  ),
  parseResolutionTargets: {
    query: `{ parseResolutionTargets(text: "(1) Tỷ lệ che phủ rừng đạt 65%.", termEndYear: 2030) { targets { number } } }`,
    allowed: ["admin"],
  },
};

/** A digest of every table a request could change, but the logs of requests themselves. */
const FINGERPRINT = `SELECT string_agg(t.name || ':' || t.digest, ' ' ORDER BY t.name) AS f FROM (
  SELECT 'measurement' AS name, md5(coalesce(string_agg(x::text, ',' ORDER BY x.id), '')) AS digest FROM measurement x
  UNION ALL SELECT 'assignment', md5(coalesce(string_agg(x::text, ',' ORDER BY x.id), '')) FROM assignment x
  UNION ALL SELECT 'target', md5(coalesce(string_agg(x::text, ',' ORDER BY x.id), '')) FROM target x
  UNION ALL SELECT 'indicator', md5(coalesce(string_agg(x::text, ',' ORDER BY x.id), '')) FROM indicator x
  UNION ALL SELECT 'agency', md5(coalesce(string_agg(x::text, ',' ORDER BY x.id), '')) FROM agency x
  UNION ALL SELECT 'congress', md5(coalesce(string_agg(x::text, ',' ORDER BY x.id), '')) FROM congress x
  UNION ALL SELECT 'key_task', md5(coalesce(string_agg(x::text, ',' ORDER BY x.id), '')) FROM key_task x
  UNION ALL SELECT 'app_user', md5(coalesce(string_agg((x.id, x.email, x.role, x.active, x.agency_id)::text, ',' ORDER BY x.id), '')) FROM app_user x
  UNION ALL SELECT 'api_token', md5(coalesce(string_agg((x.id, x.revoked_at)::text, ',' ORDER BY x.id), '')) FROM api_token x
  UNION ALL SELECT 'session', md5(coalesce(string_agg((x.id, x.revoked_at)::text, ',' ORDER BY x.id), '')) FROM session x
) t`;

describe("authorization matrix", () => {
  let t: TestServer;
  const clients = new Map<Caller, GraphQLClient>();

  beforeAll(async () => {
    t = await startTestServer();
    const as = callers(t.client);
    clients.set("anonymous", t.client);
    for (const [caller, account] of Object.entries(SESSION))
      clients.set(caller as Caller, await as(account));
    const tokenOf = async (account: AccountName, scopes: string[]) => {
      const owner = await as(account);
      const { createApiToken } = await owner.data<{ createApiToken: { token: string } }>(
        `mutation($s: [String!]!) { createApiToken(name: "ma trận", scopes: $s) { token } }`,
        { s: scopes },
      );
      return t.client.as(createApiToken.token);
    };
    clients.set("readToken", await tokenOf("admin", ["read"]));
    clients.set("submitToken", await tokenOf("reporterCtk", ["submit"]));
  });
  afterAll(() => t?.close());

  it("has a row for every mutation in the schema", () => {
    const schema = buildSchema(
      readFileSync(path.join(__dirname, "..", "schema", "schema.graphql"), "utf8"),
    );
    expect(Object.keys(schema.getMutationType()!.getFields()).sort()).toEqual(
      Object.keys(mutations).sort(),
    );
  });

  const cells = [...Object.entries(mutations), ...Object.entries(queries)].flatMap(([name, row]) =>
    CALLERS.map((caller) => [name, caller, row] as const),
  );

  it.each(cells)("%s as %s", async (name, caller, row) => {
    // logout would end the shared session: give it a session of its own.
    let client = clients.get(caller)!;
    if (name === "logout" && caller in SESSION) {
      client = t.client.as(
        await signIn(t.client, accounts[SESSION[caller as keyof typeof SESSION]]),
      );
    }
    const before = (await t.db.query(FINGERPRINT))[0].f;
    const denials = async () =>
      Number(
        (
          await t.db.query(
            `SELECT count(*) AS n FROM audit_event WHERE action = 'permission.denied'`,
          )
        )[0].n,
      );
    const deniedBefore = await denials();
    if (name === "login") await t.db.query(`DELETE FROM login_throttle`); // no throttling between cells
    const result = await client.request(row.query);
    const code = result.errors?.[0]?.extensions?.code;

    if (row.allowed.includes(caller) && row.allowedOutcome) {
      expect(code).toBe(row.allowedOutcome.code);
      expect(result.errors?.[0]?.message).toMatch(row.allowedOutcome.message);
      return;
    }
    if (row.allowed.includes(caller)) {
      expect({ name, caller, code }).not.toMatchObject({
        code: expect.stringMatching(/^(UNAUTHENTICATED|FORBIDDEN)$/),
      });
      return;
    }
    expect({ name, caller, code }).toEqual({
      name,
      caller,
      code: caller === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN",
    });
    expect(result.data?.[name] ?? null).toBeNull();
    expect((await t.db.query(FINGERPRINT))[0].f).toBe(before);
    if (code === "FORBIDDEN") expect(await denials()).toBe(deniedBefore + 1);
  });
});
