/** Sign-in, sessions, API tokens and throttling; no secret is ever stored or logged in plain text. */
import { Writable } from "node:stream";
import { createLogger } from "../server/logger";
import { DEMO_PASSWORD } from "../server/seed/accounts";
import { startServer } from "../server/bootstrap";
import { GraphQLClient } from "./helpers/client";
import { accounts, signIn } from "./helpers/fixtures";
import { resetDatabase, testConfig } from "./helpers/server";

describe("accounts, sessions and API tokens", () => {
  let logText = "";
  let server: Awaited<ReturnType<typeof startServer>>;
  let client: GraphQLClient;

  beforeAll(async () => {
    await resetDatabase();
    const config = testConfig({
      ADMIN_EMAIL: "first.admin@langson.example",
      ADMIN_PASSWORD: "first-admin-password",
      LOG_LEVEL: "debug",
    });
    const sink = new Writable({
      write: (chunk, _enc, done) => ((logText += String(chunk)), done()),
    });
    server = await startServer(config, createLogger("debug", sink));
    client = new GraphQLClient(`${server.url}/graphql`);
  });
  afterAll(() => server?.close());

  const me = (c: GraphQLClient) =>
    c.request<{ me: { user: { email: string }; permissions: string[]; via: string } }>(
      `{ me { user { email role } permissions via } }`,
    );

  it("creates the first administrator from ADMIN_EMAIL and ADMIN_PASSWORD", async () => {
    const token = await signIn(client, "first.admin@langson.example", "first-admin-password");
    expect((await me(client.as(token))).data?.me.user.email).toBe("first.admin@langson.example");
  });

  it("signs in with a session token, set as an HttpOnly cookie too, and signs out", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt user { email role } } }`,
        variables: { e: accounts.reporterCtk.toUpperCase(), p: DEMO_PASSWORD },
      }),
    });
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(
      /^rt_session=rts_[\w-]{43}; Max-Age=\d+; Path=\/; Expires=.+; HttpOnly; SameSite=Strict$/,
    );
    const { data } = (await response.json()) as {
      data: { login: { token: string; user: { role: string } } };
    };
    expect(data.login.user.role).toBe("REPORTER");

    // The cookie alone signs the admin panel in.
    const viaCookie = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: cookie.split(";")[0] },
      body: JSON.stringify({ query: "{ me { via user { email } } }" }),
    });
    expect(((await viaCookie.json()) as { data: { me: { via: string } } }).data.me.via).toBe(
      "session",
    );

    const session = client.as(data.login.token);
    expect((await me(session)).data?.me.permissions).toEqual(
      expect.arrayContaining(["SaveMeasurement", "SubmitMeasurement"]),
    );
    await session.data(`mutation { logout }`);
    expect((await session.errorOf(`{ me { via } }`)).code).toBe("UNAUTHENTICATED");
  });

  it("refuses a wrong password without saying which part was wrong, and records it", async () => {
    const unknown = await client.errorOf(
      `mutation { login(email: "nobody@x.vn", password: "whatever-long") { token } }`,
    );
    const wrong = await client.errorOf(
      `mutation { login(email: "${accounts.viewer}", password: "whatever-long") { token } }`,
    );
    expect(unknown.code).toBe("UNAUTHENTICATED");
    expect(wrong.message).toBe(unknown.message);
    const [row] = await server.database.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'login.failed'`,
    );
    expect(row.n).toBeGreaterThanOrEqual(2);
  });

  it("refuses an account from an address after repeated failures there, even with the right password (429, Retry-After)", async () => {
    // Behaviour changed with the atomic throttle (issue 12): the pair of account and address is
    // locked, not the account everywhere (test/login-throttle.test.ts covers the rest).
    const db = server.database.dataSource;
    await db.query(
      `INSERT INTO login_throttle (key, failures, window_ends, next_at, slot_at)
         VALUES ('pair:${accounts.headYt}|127.0.0.1', 10, now() + interval '15 minutes', now(), now())`,
    );
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
        variables: { e: accounts.headYt, p: DEMO_PASSWORD },
      }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
    const body = (await response.json()) as { errors: { message: string; extensions: object }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(body.errors[0].message).toMatch(/15 phút/);
    await db.query(`DELETE FROM login_throttle`);
  });

  it("issues API tokens shown once, scoped, never above their owner, revocable", async () => {
    const reporter = client.as(await signIn(client, accounts.reporterCtk));
    const { createApiToken } = await reporter.data<{
      createApiToken: { token: string; apiToken: { id: string; prefix: string; scopes: string[] } };
    }>(
      `mutation { createApiToken(name: "Phần mềm thống kê", scopes: ["read"]) { token apiToken { id prefix scopes } } }`,
    );
    expect(createApiToken.token.startsWith(createApiToken.apiToken.prefix)).toBe(true);
    const integrator = client.as(createApiToken.token);
    const seen = await me(integrator);
    expect(seen.data?.me.via).toBe("token");
    // A read token cannot submit even though its owner can; and it grants nothing the owner lacks.
    expect(seen.data?.me.permissions).not.toContain("SaveMeasurement");
    expect(seen.data?.me.permissions).not.toContain("ReadAuditEvent");
    const save = await integrator.errorOf(
      `mutation { saveMeasurement(year: 2024, value: "1") { id } }`,
    );
    expect(save.code).toBe("FORBIDDEN");
    // Tokens of others are not the reporter's to see or revoke; their own are.
    const { allApiTokens } = await reporter.data<{ allApiTokens: { id: string }[] }>(
      `{ allApiTokens { id } }`,
    );
    expect(allApiTokens.map((x) => x.id)).toEqual([createApiToken.apiToken.id]);
    const badScope = await reporter.errorOf(
      `mutation { createApiToken(name: "x", scopes: ["admin"]) { token } }`,
    );
    expect(badScope).toMatchObject({ code: "BAD_USER_INPUT", field: "scopes" });
    await reporter.data(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, {
      id: createApiToken.apiToken.id,
    });
    expect((await integrator.errorOf(`{ allTargets { id } }`)).code).toBe("UNAUTHENTICATED");
  });

  it("never keeps a password, session token or API token in plain text, in the database or the logs", async () => {
    const reporter = client.as(await signIn(client, accounts.reporterCtk));
    const { createApiToken } = await reporter.data<{ createApiToken: { token: string } }>(
      `mutation { createApiToken(name: "kiểm tra", scopes: ["read", "submit"]) { token } }`,
    );
    const session = await signIn(client, accounts.headCtk);
    await client.as(createApiToken.token).data(`{ me { via } }`);
    const dump = JSON.stringify(
      await server.database.dataSource.query(
        `SELECT (SELECT json_agg(t) FROM app_user t) AS users, (SELECT json_agg(t) FROM session t) AS sessions,
                (SELECT json_agg(t) FROM api_token t) AS tokens, (SELECT json_agg(t) FROM audit_event t) AS audit`,
      ),
    );
    for (const secret of [DEMO_PASSWORD, "first-admin-password", createApiToken.token, session]) {
      expect(dump).not.toContain(secret);
      expect(logText).not.toContain(secret);
    }
    expect(logText).toContain('"path":"/graphql"');
  });
});
