/**
 * PostgreSQL freezes (SIGSTOP of the postmaster and every backend: a stalled
 * disk, a paused VM): connections stay open and nothing answers. Requests in
 * flight and new ones fail within the statement timeout plus 5 s with
 * SERVICE_UNAVAILABLE (retryable, 503) instead of hanging; a statement that
 * runs too long on a live database is cancelled into the same error; /readyz
 * says 503 within its bound; and the server serves again by itself once
 * PostgreSQL wakes (SIGCONT).
 */
import { GraphQLClient } from "../helpers/client";
import { spawnServer, type ServerProcess } from "../helpers/process";
import {
  describeFaults,
  expectUnavailable,
  startCluster,
  stopServer,
  timed,
  waitFor,
  type Cluster,
} from "./cluster";

const READ = `{ allMeasurements(perPage: 3) { id value } }`;
/** DB_STATEMENT_TIMEOUT_SECONDS of the server under test; it gives up on silence 5 s later. */
const TIMEOUT_S = 2;

describeFaults("PostgreSQL freezes (own PostgreSQL cluster)", () => {
  let cluster: Cluster | undefined;
  let server: ServerProcess | undefined;
  let frozen = false;
  let anonymous: GraphQLClient;

  beforeAll(async () => {
    cluster = await startCluster();
    server = await spawnServer({
      DATABASE_URL: cluster.url,
      SEED_DEMO: "true",
      DB_POOL_SIZE: "3",
      DB_STATEMENT_TIMEOUT_SECONDS: String(TIMEOUT_S),
    });
    anonymous = new GraphQLClient(`${server.url}/graphql`);
  });
  afterAll(async () => {
    if (frozen) await cluster?.signal("SIGCONT");
    await stopServer(server);
    await cluster?.destroy();
  });

  const readyz = () => fetch(`${server!.url}/readyz`);

  it("cancels a statement that runs longer than the timeout, retryable", async () => {
    const pg = await cluster!.connect();
    try {
      // The request's statement waits on the test's lock past the statement timeout.
      await pg.query("BEGIN");
      await pg.query("LOCK TABLE measurement IN ACCESS EXCLUSIVE MODE");
      const slow = await timed(anonymous.request(READ));
      expectUnavailable(slow.value, "a statement past statement_timeout");
      expect(slow.ms).toBeGreaterThanOrEqual(TIMEOUT_S * 1000 - 200);
      expect(slow.ms).toBeLessThan(TIMEOUT_S * 1000 + 3000);
    } finally {
      await pg.query("ROLLBACK").catch(() => undefined);
      await pg.end();
    }
    expect((await anonymous.request(READ)).errors).toBeUndefined();
  });

  it("fails requests fast and retryable while it is frozen, and recovers when it wakes", async () => {
    expect((await anonymous.request(READ)).errors).toBeUndefined();
    await cluster!.signal("SIGSTOP");
    frozen = true;
    const bound = (TIMEOUT_S + 5) * 1000 + 3000;
    const [first, second, ready] = await Promise.all([
      timed(anonymous.request(READ)),
      timed(anonymous.request(READ)),
      timed(readyz()),
    ]);
    expectUnavailable(first.value, "a request while the database is frozen");
    expectUnavailable(second.value, "another request while the database is frozen");
    expect(Math.max(first.ms, second.ms)).toBeLessThan(bound);
    expect(ready.value.status).toBe(503);
    expect(ready.ms).toBeLessThan(3000);

    await cluster!.signal("SIGCONT");
    frozen = false;
    await waitFor(
      "queries to succeed after the database woke",
      async () => !(await anonymous.request(READ)).errors,
      30_000,
      200,
    );
    expect((await readyz()).status).toBe(200);
    expect(server!.child.exitCode).toBeNull();
    expect(server!.logs.filter((l) => l.msg === "unexpected error")).toEqual([]);
  }, 60_000);
});
