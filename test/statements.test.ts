/**
 * Every list is answered with a bounded number of SQL statements, the same
 * for 1, 20 or 100 rows: relations go through per-request DataLoaders.
 */
import { startTestServer, type TestServer } from "./helpers/server";

const QUERIES: Record<string, string> = {
  "targets with indicators, lead agencies, assignments and figures": `query($n: Int) { allTargets(perPage: $n) {
    number keyTasks { ordinal } indicators { code leadAgency { shortName }
      assignments { role agency { code parent { code } } } measurements { year value agency { code } } } } }`,
  "indicators with progress": `query($n: Int) { allIndicators(perPage: $n) { code progress { verdict reason } target { number } } }`,
  "measurements with indicator, target and agency": `query($n: Int) { allMeasurements(perPage: $n) { value indicator { code target { number } } agency { shortName } history { action } } }`,
  // Departments, so that the first row already has leads, a successor and a parent like the rest.
  "agencies with assignments and progress": `query($n: Int) { allAgencies(perPage: $n, filter: { kind: DEPARTMENT }, sortField: "code", sortOrder: "DESC") {
    code parent { code } successor { code } assignments { indicator { code } } progress { verdict } } }`,
  "assignments with indicator and agency": `query($n: Int) { allAssignments(perPage: $n) { role indicator { code } agency { code } } }`,
  "target summary": `query($n: Int) { allTargets(perPage: $n) { progress { verdict reason } } }`,
};

describe("statements per list", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
    // Enough figures for a page of 100 measurements.
    const { allIndicators } = await t.client.data<{
      allIndicators: { id: string; code: string }[];
    }>(`{ allIndicators(perPage: 100) { id code } }`);
    const ctk = (
      await t.client.data<{ allAgencies: { id: string }[] }>(
        `{ allAgencies(filter: { code: "CTK" }) { id } }`,
      )
    ).allAgencies[0].id;
    for (const indicator of allIndicators.filter((i) => !i.code.startsWith("1."))) {
      for (const year of [2021, 2022, 2023]) {
        await t.db.query(
          `INSERT INTO measurement (indicator_id, agency_id, year, period, value, value_kind, source, status)
           VALUES ($1, $2, $3, 'YEAR', 1, 'OFFICIAL', 'test', 'APPROVED') ON CONFLICT DO NOTHING`,
          [indicator.id, ctk, year],
        );
      }
    }
  });
  afterAll(() => t?.close());

  it.each(Object.entries(QUERIES))(
    "%s: the same count at 1, 20 and 100 rows",
    async (_name, query) => {
      // Once first, so that the pool's new connections (which ask the server its version) are open.
      await t.client.data(query, { n: 100 });
      const counts: number[] = [];
      for (const n of [1, 20, 100]) {
        const before = t.statements();
        await t.client.data(query, { n });
        counts.push(t.statements() - before);
      }
      expect(Math.max(...counts)).toBeLessThanOrEqual(15);
      // A loader shared by two branches (the indicators of assignments and of progress) runs one
      // batch or two depending on whether both branches come back in the same tick, which a
      // pooled PostgreSQL decides by timing: the count may differ by that one batch, never with rows.
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    },
  );
});
