/**
 * `kill -9` while figures are being submitted loses no acknowledged write.
 * The demo reporter of Cục Thống kê saves and submits figures in free slots
 * (indicator × year × period × estimate/official) with many requests in
 * flight; the server is SIGKILLed mid-way. Every write whose response came
 * back is in the database as answered, with exactly one audit row, and no
 * write is there without its audit row (record and audit commit together).
 * A new server on the same database then serves and takes the next step.
 */
import type { Client } from "pg";
import fc from "fast-check";
import { GraphQLClient } from "../helpers/client";
import { accounts, ids, signIn } from "../helpers/fixtures";
import { spawnServer, type ServerProcess } from "../helpers/process";
import { describeFaults, stopServer, startCluster, type Cluster } from "./cluster";

const CODES = ["1.a", "2.a", "2.b", "2.c", "2.d", "3.a"];
const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];
const PERIODS = ["YEAR", "H1", "Q1", "Q2", "Q3", "Q4"];
const KINDS = ["ESTIMATE", "OFFICIAL"];
const CONCURRENCY = 24;
/** The server is killed once this many writes have been acknowledged. */
const KILL_AFTER = 80;

const SAVE = `mutation($i: ID, $y: Int, $p: PeriodType, $k: ValueKind, $v: Decimal) {
  saveMeasurement(indicatorId: $i, year: $y, period: $p, valueKind: $k, value: $v, source: "Cục Thống kê Lạng Sơn") {
    id version value } }`;
const SUBMIT = `mutation($id: ID!) { submitMeasurement(id: $id, version: 1) { id status version } }`;

interface Slot {
  indicatorId: string;
  year: number;
  period: string;
  kind: string;
  value: string;
}

describeFaults("kill -9 while figures are submitted (own PostgreSQL cluster)", () => {
  let cluster: Cluster | undefined;
  let server: ServerProcess | undefined;
  let pg: Client | undefined;

  beforeAll(async () => {
    cluster = await startCluster();
    server = await spawnServer({ DATABASE_URL: cluster.url, SEED_DEMO: "true" });
    pg = await cluster.connect();
  });
  afterAll(async () => {
    await pg?.end().catch(() => undefined);
    await stopServer(server);
    await cluster?.destroy();
  });

  it("keeps every acknowledged write, each with its audit row", async () => {
    const anonymous = new GraphQLClient(`${server!.url}/graphql`);
    const reporter = anonymous.as(await signIn(anonymous, accounts.reporterCtk));
    const indicators = new Map<string, string>();
    for (const code of CODES) indicators.set(await ids.indicator(anonymous, code), code);
    const ctk = await ids.agency(anonymous, "CTK");

    // Free slots of the reporter's agency (the seed already holds some), in a fixed random order.
    const seeded = (
      await pg!.query<{ id: string; k: string }>(
        `SELECT id, concat(indicator_id, year, period, value_kind) AS k FROM measurement WHERE agency_id = $1`,
        [ctk],
      )
    ).rows;
    const taken = new Set(seeded.map((r) => r.k));
    const free: Slot[] = [];
    for (const indicatorId of indicators.keys())
      for (const year of YEARS)
        for (const period of PERIODS)
          for (const kind of KINDS)
            if (!taken.has(`${indicatorId}${year}${period}${kind}`))
              free.push({ indicatorId, year, period, kind, value: "" });
    const order = fc.sample(fc.shuffledSubarray(free, { minLength: free.length }), {
      seed: 20251127,
      numRuns: 1,
    })[0];
    order.forEach((slot, i) => (slot.value = `${(i % 90) + 1}.${String(i).padStart(3, "0")}`));
    expect(order.length).toBeGreaterThan(300);

    // Save then submit each slot, CONCURRENCY at a time, until the server dies.
    const saved = new Map<string, Slot>(); // acknowledged creates: id → slot
    const submitted = new Set<string>(); // acknowledged submits
    let acknowledged = 0;
    let interrupted = 0;
    let killed = false;
    const child = server!.child;
    const exit = new Promise<string | null>((resolve) =>
      child.once("exit", (_code, signal) => resolve(signal)),
    );
    const ack = () => {
      if (++acknowledged >= KILL_AFTER && !killed) {
        killed = true;
        child.kill("SIGKILL");
      }
    };
    let next = 0;
    const worker = async () => {
      while (!killed && next < order.length) {
        const slot = order[next++];
        try {
          const save = await reporter.request<{ saveMeasurement: { id: string; value: string } }>(
            SAVE,
            { i: slot.indicatorId, y: slot.year, p: slot.period, k: slot.kind, v: slot.value },
          );
          if (save.errors) throw new Error(`save refused: ${JSON.stringify(save.errors)}`);
          const { id, value } = save.data!.saveMeasurement;
          expect(value).toBe(slot.value.replace(/0+$/, "").replace(/\.$/, ""));
          saved.set(id, slot);
          ack();
          if (killed) return;
          const submit = await reporter.request<{ submitMeasurement: { status: string } }>(SUBMIT, {
            id,
          });
          if (submit.errors) throw new Error(`submit refused: ${JSON.stringify(submit.errors)}`);
          expect(submit.data!.submitMeasurement.status).toBe("SUBMITTED");
          submitted.add(id);
          ack();
        } catch (error) {
          // A request cut off by the kill has no answer (fetch's TypeError, from another realm
          // than jest's, hence the name); anything else is a failure.
          const name = (error as Error).name;
          if (!killed || (name !== "TypeError" && name !== "SyntaxError")) throw error;
          interrupted++;
          return;
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(await exit).toBe("SIGKILL");
    expect(acknowledged).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(interrupted).toBeGreaterThan(0); // the kill did cut writes off mid-way

    // Every acknowledged write is there as answered, with exactly one audit row of its own.
    const { rows } = await pg!.query<{
      id: string;
      indicator_id: string;
      year: number;
      period: string;
      value_kind: string;
      value: string;
      status: string;
      version: number;
      creates: number;
      submits: number;
    }>(
      `SELECT m.id, m.indicator_id, m.year, m.period, m.value_kind, m.value::text AS value, m.status, m.version,
              count(*) FILTER (WHERE a.action = 'Measurement.create')::int AS creates,
              count(*) FILTER (WHERE a.action = 'Measurement.submit')::int AS submits
         FROM measurement m LEFT JOIN audit_event a ON a.entity_id = m.id
        WHERE m.agency_id = $1 AND NOT m.id = ANY($2)
        GROUP BY m.id`,
      [ctk, seeded.map((r) => r.id)],
    );
    const stored = new Map(rows.map((r) => [r.id, r]));
    const lost: string[] = [];
    for (const [id, slot] of saved) {
      const row = stored.get(id);
      if (!row) {
        lost.push(id);
        continue;
      }
      expect({
        indicatorId: row.indicator_id,
        year: row.year,
        period: row.period,
        kind: row.value_kind,
        value: Number(row.value),
        creates: row.creates,
      }).toEqual({ ...slot, value: Number(slot.value), creates: 1 });
      if (submitted.has(id))
        expect({ id, status: row.status, version: row.version, submits: row.submits }).toEqual({
          id,
          status: "SUBMITTED",
          version: 2,
          submits: 1,
        });
    }
    expect(lost).toEqual([]);
    // Unacknowledged writes may or may not have committed, but never without their audit row.
    for (const row of rows) {
      expect({ id: row.id, creates: row.creates }).toEqual({ id: row.id, creates: 1 });
      expect({ id: row.id, submits: row.submits }).toEqual({
        id: row.id,
        submits: row.status === "SUBMITTED" ? 1 : 0,
      });
    }

    // A new server on the same database serves at once and takes the next step.
    server = await spawnServer({ DATABASE_URL: cluster!.url, SEED_DEMO: "true" });
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const again = new GraphQLClient(`${server.url}/graphql`);
    const head = again.as(await signIn(again, accounts.headCtk));
    const [id] = [...submitted];
    const { approveMeasurement } = await head.data<{ approveMeasurement: { status: string } }>(
      `mutation($id: ID!) { approveMeasurement(id: $id, version: 2) { status } }`,
      { id },
    );
    expect(approveMeasurement.status).toBe("APPROVED");
  });
});
