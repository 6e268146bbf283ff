/**
 * PostgreSQL goes away and comes back under a spawned server. Requests in
 * flight when it dies, and every request while it is down (anonymous, signed
 * in — the session lookup fails while the request context is built — and
 * mutations), fail at once with SERVICE_UNAVAILABLE, `retryable: true`, a
 * Vietnamese-first message and HTTP 503: never a masked internal error, never
 * a hang. /readyz says 503 within its time bound while /healthz stays up, the
 * process survives, and it serves again by itself when PostgreSQL is back
 * (also after a restart that breaks every pooled connection, and after
 * pg_terminate_backend). An exhausted pool times out into the same error.
 */
import type { Client } from "pg";
import { GraphQLClient } from "../helpers/client";
import { accounts, ids, signIn } from "../helpers/fixtures";
import { spawnServer, type ServerProcess } from "../helpers/process";
import {
  describeFaults,
  expectUnavailable,
  timed,
  stopServer,
  serverWaitingOnLocks,
  startCluster,
  waitFor,
  type Cluster,
} from "./cluster";

const READ = `{ allMeasurements(perPage: 3) { id value } }`;
const ME = `{ me { user { email } } }`;
const SAVE = `mutation($i: ID, $y: Int, $p: PeriodType) {
  saveMeasurement(indicatorId: $i, year: $y, period: $p, value: "5", source: "Cục Thống kê") { id version } }`;
const LOGIN = `mutation($e: String!) { login(email: $e, password: "langson-demo-2025") { token } }`;

describeFaults("PostgreSQL stops, restarts and comes back (own PostgreSQL cluster)", () => {
  let cluster: Cluster | undefined;
  let server: ServerProcess | undefined;
  let pg: Client | undefined;
  let anonymous: GraphQLClient;
  let reporter: GraphQLClient;
  let indicator: string;

  beforeAll(async () => {
    cluster = await startCluster();
    // A small pool, so that exhausting it is cheap.
    server = await spawnServer({ DATABASE_URL: cluster.url, SEED_DEMO: "true", DB_POOL_SIZE: "3" });
    anonymous = new GraphQLClient(`${server.url}/graphql`);
    reporter = anonymous.as(await signIn(anonymous, accounts.reporterCtk));
    indicator = await ids.indicator(anonymous, "2.b");
  });
  afterAll(async () => {
    await pg?.end().catch(() => undefined);
    await stopServer(server);
    await cluster?.destroy();
  });

  const readyz = () => fetch(`${server!.url}/readyz`);
  const alive = () => expect(server!.child.exitCode).toBeNull();

  it("fails requests in flight and every request while it is down, fast and retryable", async () => {
    expect((await readyz()).status).toBe(200);
    // Two requests wait on a lock the test holds when PostgreSQL dies under them.
    pg = await cluster!.connect();
    await pg.query("BEGIN");
    await pg.query("LOCK TABLE measurement IN ACCESS EXCLUSIVE MODE");
    const inFlight = [
      reporter.request(SAVE, { i: indicator, y: 2020, p: "Q3" }),
      anonymous.request(READ),
    ];
    await waitFor("2 requests on the lock", async () => (await serverWaitingOnLocks(pg!)) === 2);
    const stopped = Date.now();
    await cluster!.stop("immediate");
    const results = await Promise.all(inFlight);
    expect(Date.now() - stopped).toBeLessThan(2000);
    expectUnavailable(results[0], "a mutation in flight");
    expectUnavailable(results[1], "a query in flight");
    await pg.end().catch(() => undefined);
    pg = undefined;

    // While it is down: every kind of request answers at once, with the same error.
    for (const [what, request] of [
      ["an anonymous query", () => anonymous.request(READ)],
      ["a signed-in query (the session lookup fails)", () => reporter.request(ME)],
      ["a mutation", () => reporter.request(SAVE, { i: indicator, y: 2020, p: "Q4" })],
      ["a sign-in", () => anonymous.request(LOGIN, { e: accounts.headCtk })],
    ] as const) {
      const { value, ms } = await timed(request());
      expectUnavailable(value, what);
      expect({ what, ms: ms < 1000 }).toEqual({ what, ms: true });
    }
    const { value: ready, ms } = await timed(readyz());
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: "database unreachable" });
    expect(ms).toBeLessThan(2500);
    expect((await fetch(`${server!.url}/healthz`)).status).toBe(200);
    alive();
  });

  it("recovers by itself when PostgreSQL is back, the session still valid", async () => {
    await cluster!.start();
    await waitFor("/readyz to pass again", async () => (await readyz()).status === 200, 10000);
    expect((await reporter.data<{ me: { user: { email: string } } }>(ME)).me.user.email).toBe(
      accounts.reporterCtk,
    );
    const { saveMeasurement } = await reporter.data<{ saveMeasurement: { id: string } }>(SAVE, {
      i: indicator,
      y: 2020,
      p: "Q4",
    });
    pg = await cluster!.connect();
    const { rows } = await pg.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'Measurement.create'`,
      [saveMeasurement.id],
    );
    expect(rows[0].n).toBe(1);
    // The two writes refused while it was down left nothing behind.
    const refused = await pg.query(
      `SELECT count(*)::int AS n FROM measurement WHERE indicator_id = $1 AND year = 2020 AND period = 'Q3'`,
      [indicator],
    );
    expect(refused.rows[0].n).toBe(0);
    alive();
  });

  it("recovers after a restart that broke every pooled connection, and after pg_terminate_backend", async () => {
    // Fill the pool with idle connections, then restart PostgreSQL under them.
    await Promise.all([1, 2, 3].map(() => anonymous.data(READ)));
    await pg!.end();
    pg = undefined;
    await cluster!.stop("immediate");
    await cluster!.start();
    const outcomes: string[] = [];
    await waitFor(
      "a query to succeed after the restart",
      async () => {
        const result = await anonymous.request(READ);
        const code = result.errors?.[0]?.extensions?.code;
        outcomes.push(String(code ?? "ok"));
        return !code;
      },
      10000,
    );
    expect(outcomes.filter((o) => o !== "ok" && o !== "SERVICE_UNAVAILABLE")).toEqual([]);
    for (let i = 0; i < 5; i++) expect((await reporter.request(ME)).errors).toBeUndefined();

    // An administrator ends the server's connections, one of them mid-statement (57P01).
    pg = await cluster!.connect();
    await pg.query("BEGIN");
    await pg.query("LOCK TABLE measurement IN ACCESS EXCLUSIVE MODE");
    const waiting = anonymous.request(READ);
    await waitFor("a request on the lock", async () => (await serverWaitingOnLocks(pg!)) === 1);
    await pg.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'resolution-tracker'`,
    );
    await pg.query("COMMIT");
    expectUnavailable(await waiting, "a query whose connection was terminated");
    await waitFor("queries to succeed again", async () => !(await anonymous.request(READ)).errors);
    expect((await reporter.request(ME)).errors).toBeUndefined();
    alive();
  });

  it("times out an exhausted pool into the same error, with /readyz bounded", async () => {
    // Every pooled connection waits on the test's lock; the next request cannot get one.
    await pg!.query("BEGIN");
    await pg!.query("LOCK TABLE measurement IN ACCESS EXCLUSIVE MODE");
    const holders = [1, 2, 3].map(() => anonymous.request(READ));
    await waitFor("the pool to be busy", async () => (await serverWaitingOnLocks(pg!)) === 3);
    const [ready, starved] = await Promise.all([timed(readyz()), timed(anonymous.request(READ))]);
    expect(ready.value.status).toBe(503);
    expect(ready.ms).toBeLessThan(3000);
    expectUnavailable(starved.value, "a request that found no free connection");
    expect(starved.ms).toBeLessThan(8000); // the pool's connection timeout is 5 s
    await pg!.query("COMMIT");
    for (const result of await Promise.all(holders)) expect(result.errors).toBeUndefined();
    expect((await readyz()).status).toBe(200);
    alive();
    // Nothing was logged as an unexpected (masked) error along the way.
    expect(server!.logs.filter((l) => l.msg === "unexpected error")).toEqual([]);
  });
});
