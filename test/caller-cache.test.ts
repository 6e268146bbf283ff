/**
 * The signed-in caller is remembered by the token's digest (server/auth/caller-cache.ts): a
 * repeated request sends one statement fewer, and whatever ends or changes a sign-in is refused
 * or seen at once, on this server and on another server of the same PostgreSQL (LISTEN/NOTIFY).
 * (test/helpers/replicas.ts starts the two servers.)
 */
import type { RunningServer } from "../server/bootstrap";
import { callerCacheOf } from "../server/auth/caller-cache";
import { GraphQLClient, type GraphQLResponse } from "./helpers/client";
import { accounts, signIn } from "./helpers/fixtures";
import { startReplicas, soon, type Replicas } from "./helpers/replicas";
import { startTestServer, type TestServer } from "./helpers/server";

const ME = `{ me { user { email role } permissions } }`;
type MeData = { me: { user: { email: string; role: string }; permissions: string[] } };
const AGENCIES = `{ allAgencies(perPage: 1, sortField: "code") { code } }`;

describe("a cached caller: one statement fewer", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t?.close());

  it("finds the session in the database once, then answers from memory", async () => {
    const head = t.client.as(await signIn(t.client, accounts.headCtk));
    const count = async () => {
      const before = t.statements();
      await head.data(AGENCIES);
      return t.statements() - before;
    };
    const first = await count();
    const second = await count();
    const third = await count();
    expect(second).toBe(first - 1);
    expect(third).toBe(second);
    expect(callerCacheOf(t.db)?.size).toBeGreaterThan(0);
    // Anonymous callers are not cached and still read nothing to know it.
    const anonymous = async () => {
      const before = t.statements();
      await t.client.data(AGENCIES);
      return t.statements() - before;
    };
    expect(await anonymous()).toBe(second);
  });

  it("refuses a session logged out, or an API token revoked, on the very next request", async () => {
    const reporter = t.client.as(await signIn(t.client, accounts.reporterCtk));
    const { createApiToken } = await reporter.data<{
      createApiToken: { token: string; apiToken: { id: string } };
    }>(`mutation { createApiToken(name: "Bộ đệm", scopes: ["read"]) { token apiToken { id } } }`);
    const integrator = t.client.as(createApiToken.token);
    for (let i = 0; i < 2; i++) await integrator.data(ME);
    await reporter.data(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, {
      id: createApiToken.apiToken.id,
    });
    expect((await integrator.errorOf(ME)).code).toBe("UNAUTHENTICATED");
    await reporter.data(ME);
    await reporter.data(`mutation { logout }`);
    expect((await reporter.errorOf(ME)).code).toBe("UNAUTHENTICATED");
  });

  it("turns off with CALLER_CACHE_SIZE=0", async () => {
    const off = await startTestServer({ CALLER_CACHE_SIZE: "0" });
    try {
      const head = off.client.as(await signIn(off.client, accounts.headCtk));
      await head.data(AGENCIES);
      const before = off.statements();
      await head.data(AGENCIES);
      const repeated = off.statements() - before;
      const anonymousBefore = off.statements();
      await off.client.data(AGENCIES);
      expect(repeated).toBe(off.statements() - anonymousBefore + 1);
      expect(callerCacheOf(off.db)).toBeUndefined();
    } finally {
      await off.close();
    }
  });
});

describe("two servers on one PostgreSQL: a change on one is seen by the other at once", () => {
  let replicas: Replicas;
  let servers: RunningServer[];
  let a: GraphQLClient;
  let b: GraphQLClient;

  beforeAll(async () => {
    replicas = await startReplicas();
    servers = replicas.servers;
    a = new GraphQLClient(`${servers[0].url}/graphql`);
    b = new GraphQLClient(`${servers[1].url}/graphql`);
  }, 120_000);

  afterAll(() => replicas?.close());

  /** Signed in on server A, and known to server B's cache. */
  async function cachedOnB(email: string, token?: string): Promise<string> {
    const secret = token ?? (await signIn(a, email));
    for (let i = 0; i < 2; i++) await b.as(secret).data(ME);
    return secret;
  }

  /**
   * PostgreSQL answers the commit on A before B's listening connection has read the
   * notification, so B may take a few milliseconds more than A to forget the caller (A's own
   * answer waits until A has heard it).
   */
  const onB = (token: string, done: (r: GraphQLResponse<MeData>) => boolean) =>
    soon(() => b.as(token).request<MeData>(ME), done);
  const refusedOnB = async (token: string) =>
    (await onB(token, (r) => !!r.errors)).errors?.[0].extensions?.code;

  it("listens on both servers", () => {
    for (const server of servers)
      expect(callerCacheOf(server.database.dataSource)?.trusted).toBe(true);
  });

  it("refuses a session logged out on the other server", async () => {
    const token = await cachedOnB(accounts.reporterYt);
    await a.as(token).data(`mutation { logout }`);
    expect(await refusedOnB(token)).toBe("UNAUTHENTICATED");
  });

  it("refuses an API token revoked on the other server", async () => {
    const owner = a.as(await signIn(a, accounts.reporterCtk));
    const { createApiToken } = await owner.data<{
      createApiToken: { token: string; apiToken: { id: string } };
    }>(`mutation { createApiToken(name: "Bộ đệm", scopes: ["read"]) { token apiToken { id } } }`);
    await cachedOnB("", createApiToken.token);
    await owner.data(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, {
      id: createApiToken.apiToken.id,
    });
    expect(await refusedOnB(createApiToken.token)).toBe("UNAUTHENTICATED");
  });

  it("sees a demotion, a new password and a deactivation made on the other server", async () => {
    const admin = a.as(await signIn(a, accounts.admin));
    const { allUsers } = await admin.data<{ allUsers: { id: string }[] }>(
      `query($e: String) { allUsers(filter: { q: $e }) { id email } }`,
      { e: accounts.headYt },
    );
    const id = allUsers[0].id;
    const token = await cachedOnB(accounts.headYt);
    const before = await b
      .as(token)
      .data<{ me: { user: { role: string }; permissions: string[] } }>(ME);
    expect(before.me.user.role).toBe("AGENCY_HEAD");
    expect(before.me.permissions).toContain("ApproveMeasurement");

    await admin.data(`mutation($id: ID!) { updateUser(id: $id, role: VIEWER) { id } }`, { id });
    const after = (await onB(token, (r) => r.data?.me.user.role !== "AGENCY_HEAD")).data!;
    expect(after.me.user.role).toBe("VIEWER");
    expect(after.me.permissions).not.toContain("ApproveMeasurement");

    await b.as(token).data(ME); // cached again as a viewer
    await admin.data(
      `mutation($id: ID!) { updateUser(id: $id, password: "mat-khau-moi-hoan-toan-2026") { id } }`,
      { id },
    );
    expect(await refusedOnB(token)).toBe("UNAUTHENTICATED");

    const fresh = await cachedOnB(
      accounts.headYt,
      await signIn(a, accounts.headYt, "mat-khau-moi-hoan-toan-2026"),
    );
    await admin.data(`mutation($id: ID!) { updateUser(id: $id, active: false) { id } }`, { id });
    expect(await refusedOnB(fresh)).toBe("UNAUTHENTICATED");
  });
});
