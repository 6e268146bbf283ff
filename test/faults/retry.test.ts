/**
 * Serialization failures (40001) and deadlocks (40P01) go through the real
 * retry path (common/transaction.ts) and end in a success the caller never
 * notices, with one audit row; a transaction that keeps failing is retried
 * three times and then reported as a CONFLICT to retry.
 *
 * The server runs on a throwaway cluster as a role whose transactions are
 * SERIALIZABLE, so a row changed under a waiting transaction is a 40001; the
 * test's own connection makes the interleavings happen deterministically,
 * with a short deadlock_timeout for the server and a long one for itself, so
 * the server's transaction is always the deadlock victim.
 */
import type { Client } from "pg";
import { DataSource } from "typeorm";
import { fromDatabaseError } from "../../server/common/errors";
import { inTransaction } from "../../server/common/transaction";
import type { RequestContext } from "../../server/context";
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
  saveMeasurement(indicatorId: $i, year: $y, period: H1, value: $v, source: "Cục Thống kê") { id version } }`;
const EDIT = `mutation($id: ID, $v: Decimal) {
  saveMeasurement(id: $id, version: 1, value: $v) { id version value } }`;
const SUBMIT = `mutation($id: ID!) { submitMeasurement(id: $id, version: 1) { id status version } }`;

describeFaults("retried serialization failures and deadlocks (own PostgreSQL cluster)", () => {
  let cluster: Cluster | undefined;
  let server: ServerProcess | undefined;
  let pg: Client | undefined;
  let reporter: GraphQLClient;
  let indicator: string;

  beforeAll(async () => {
    cluster = await startCluster({ deadlock_timeout: "50ms" });
    const admin = await cluster.connect();
    try {
      await admin.query(`CREATE ROLE app LOGIN SUPERUSER`);
      await admin.query(`ALTER ROLE app SET default_transaction_isolation = 'serializable'`);
    } finally {
      await admin.end();
    }
    server = await spawnServer({
      DATABASE_URL: cluster.url.replace("postgres@", "app@"),
      SEED_DEMO: "true",
    });
    const anonymous = new GraphQLClient(`${server.url}/graphql`);
    reporter = anonymous.as(await signIn(anonymous, accounts.reporterCtk));
    indicator = await ids.indicator(anonymous, "2.c");
    pg = await cluster.connect();
    await pg.query(`SET deadlock_timeout = '10s'`);
  });
  afterAll(async () => {
    await pg?.end().catch(() => undefined);
    await stopServer(server);
    await cluster?.destroy();
  });

  const draft = async (year: number) =>
    (
      await reporter.data<{ saveMeasurement: { id: string } }>(SAVE, {
        i: indicator,
        y: year,
        v: "1",
      })
    ).saveMeasurement.id;
  const retries = () => server!.logs.filter((l) => l.msg === "transaction retried");
  const audits = async (id: string, action: string) =>
    (
      await pg!.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = $2`,
        [id, action],
      )
    ).rows[0].n;

  it("retries a serialization failure (40001) and succeeds", async () => {
    const id = await draft(2021);
    const before = retries().length;
    // The test changes the row (not its version) while the server's transaction waits to lock it.
    await pg!.query("BEGIN");
    await pg!.query(`UPDATE measurement SET note = 'đối chiếu' WHERE id = $1`, [id]);
    const edit = reporter.request(EDIT, { id, v: "2.5" });
    await waitFor(
      "the edit to wait on the row",
      async () => (await serverWaitingOnLocks(pg!)) === 1,
    );
    await pg!.query("COMMIT");

    const result = await edit;
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ saveMeasurement: { id, version: 2, value: "2.5" } });
    expect(retries().slice(before)).toEqual([
      expect.objectContaining({ level: 40, code: "40001", attempt: 1 }),
    ]);
    expect(await audits(id, "Measurement.update")).toBe(1);
  });

  it("retries the victim of a deadlock (40P01) and succeeds", async () => {
    const id = await draft(2022);
    const before = retries().length;
    // The test holds audit_event; the server locks the figure, then waits to write its audit row ...
    await pg!.query("BEGIN");
    await pg!.query("LOCK TABLE audit_event IN SHARE MODE");
    const submit = reporter.request(SUBMIT, { id });
    await waitFor("the submit to wait on audit_event", async () => {
      await pg!.query("SELECT pg_stat_clear_snapshot()");
      const { rows } = await pg!.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'resolution-tracker'
           AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO "audit_event"%'`,
      );
      return rows[0].n === 1;
    });
    // ... and the test asks for the figure: a cycle, which the server's backend detects first.
    await pg!.query(`SELECT 1 FROM measurement WHERE id = $1 FOR UPDATE`, [id]);
    // The server's second attempt now waits on the test's row lock; release everything.
    await waitFor("the retry to wait", async () => (await serverWaitingOnLocks(pg!)) === 1);
    await pg!.query("COMMIT");

    const result = await submit;
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ submitMeasurement: { id, status: "SUBMITTED", version: 2 } });
    expect(retries().slice(before)).toEqual([
      expect.objectContaining({ level: 40, code: "40P01", attempt: 1 }),
    ]);
    expect(await audits(id, "Measurement.submit")).toBe(1);
    expect(cluster!.log()).toMatch(/deadlock detected/);
  });

  it("gives up after three attempts and reports a CONFLICT to retry", async () => {
    const db = await new DataSource({
      type: "postgres",
      url: cluster!.url,
      poolSize: 1,
    }).initialize();
    try {
      const warnings: unknown[] = [];
      const ctx = { db, log: { warn: (entry: unknown) => warnings.push(entry) } };
      let attempts = 0;
      const failing = inTransaction(ctx as unknown as RequestContext, async (tx) => {
        attempts++;
        await tx.query(
          `DO $$ BEGIN RAISE EXCEPTION 'forced' USING ERRCODE = 'serialization_failure'; END $$`,
        );
      });
      const error = await failing.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(attempts).toBe(3);
      expect(warnings).toEqual([
        { code: "40001", attempt: 1 },
        { code: "40001", attempt: 2 },
      ]);
      expect(fromDatabaseError(error)?.extensions).toEqual({ code: "CONFLICT" });
    } finally {
      await db.destroy();
    }
  });
});
