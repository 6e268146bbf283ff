/**
 * SIGTERM with requests in flight, on a spawned server over a real
 * PostgreSQL: /readyz fails at once while connections are still accepted,
 * then new connections are refused, the requests it had accepted finish
 * (writes committed with their audit rows), and the process exits 0 within
 * 10 s. The requests are held in flight by a table lock the test owns.
 */
import { connect } from "node:net";
import type { Client } from "pg";
import { GraphQLClient } from "../helpers/client";
import { accounts, ids, signIn } from "../helpers/fixtures";
import { spawnServer, type ServerProcess } from "../helpers/process";
import {
  describeFaults,
  stopServer,
  serverWaitingOnLocks,
  startCluster,
  waitFor,
  type Cluster,
} from "./cluster";

const SAVE = `mutation($i: ID, $y: Int, $v: Decimal) {
  saveMeasurement(indicatorId: $i, year: $y, period: Q1, value: $v, source: "Cục Thống kê") { id version } }`;
const SUBMIT = `mutation($id: ID!) { submitMeasurement(id: $id, version: 1) { id status version } }`;
const READ = `{ allMeasurements(perPage: 5) { id value } }`;

/** Resolves "refused" when a new TCP connection is refused, "accepted" otherwise. */
function tryConnect(port: number): Promise<"accepted" | "refused"> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve("accepted");
    });
    socket.once("error", () => resolve("refused"));
  });
}

describeFaults("graceful stop on SIGTERM (own PostgreSQL cluster)", () => {
  let cluster: Cluster | undefined;
  let server: ServerProcess | undefined;
  let pg: Client | undefined;

  beforeAll(async () => {
    cluster = await startCluster();
    server = await spawnServer({ DATABASE_URL: cluster.url, SEED_DEMO: "true" });
  });
  afterAll(async () => {
    await pg?.end().catch(() => undefined);
    await stopServer(server);
    await cluster?.destroy();
  });

  it("fails /readyz first, then refuses new connections, finishes what it accepted and exits 0 within 10 s", async () => {
    const { url, child } = server!;
    const port = Number(new URL(url).port);
    const anonymous = new GraphQLClient(`${url}/graphql`);
    const reporter = anonymous.as(await signIn(anonymous, accounts.reporterCtk));
    const indicator = await ids.indicator(anonymous, "2.a");
    const drafts: string[] = [];
    for (const year of [2021, 2022, 2023]) {
      const { saveMeasurement } = await reporter.data<{ saveMeasurement: { id: string } }>(SAVE, {
        i: indicator,
        y: year,
        v: String(year - 2000),
      });
      drafts.push(saveMeasurement.id);
    }
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    // Hold every statement on measurement, so these requests are accepted and stay in flight.
    pg = await cluster!.connect();
    await pg.query("BEGIN");
    await pg.query("LOCK TABLE measurement IN ACCESS EXCLUSIVE MODE");
    let settled = 0;
    const inFlight = [
      ...drafts.map((id) => reporter.request(SUBMIT, { id })),
      anonymous.request(READ),
      anonymous.request(READ),
    ].map((p) => p.finally(() => settled++));
    await waitFor(
      "5 requests waiting on the lock",
      async () => (await serverWaitingOnLocks(pg!)) === 5,
    );

    const signalled = Date.now();
    const exited = new Promise<{ code: number | null; ms: number }>((resolve) =>
      child.once("exit", (code) => resolve({ code, ms: Date.now() - signalled })),
    );
    child.kill("SIGTERM");

    // Readiness fails first: a 503 "draining" while new connections are still served ...
    const readiness: number[] = [];
    await waitFor("/readyz to fail", async () => {
      const response = await fetch(`${url}/readyz`);
      readiness.push(response.status);
      if (response.status !== 503) return false;
      expect(await response.json()).toEqual({ status: "draining" });
      return true;
    });
    expect(readiness.every((s) => s === 200 || s === 503)).toBe(true);
    expect((await fetch(`${url}/healthz`, { headers: { connection: "close" } })).status).toBe(200);
    // ... then new connections are refused, with the accepted requests still waiting.
    await waitFor(
      "new connections to be refused",
      async () => (await tryConnect(port)) === "refused",
      5000,
    );
    expect(settled).toBe(0);
    expect(child.exitCode).toBeNull();

    await pg.query("COMMIT");
    const results = await Promise.all(inFlight);
    const stopped = await exited;

    for (const result of results) {
      expect(result.status).toBe(200);
      expect(result.errors).toBeUndefined();
    }
    expect(results.slice(0, 3).map((r) => r.data?.submitMeasurement)).toEqual(
      drafts.map((id) => ({ id, status: "SUBMITTED", version: 2 })),
    );
    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThan(10000);
    const messages = server!.logs.map((l) => l.msg);
    expect(messages.indexOf("shutting down")).toBeLessThan(
      messages.indexOf("no longer accepting connections"),
    );

    // What it acknowledged is committed, each with its audit row.
    const { rows } = await pg.query<{ id: string; status: string; audits: number }>(
      `SELECT m.id, m.status, (SELECT count(*)::int FROM audit_event a
          WHERE a.entity_id = m.id AND a.action = 'Measurement.submit') AS audits
         FROM measurement m WHERE m.id = ANY($1) ORDER BY m.year`,
      [drafts],
    );
    expect(rows).toEqual(drafts.map((id) => ({ id, status: "SUBMITTED", audits: 1 })));
  });
});
