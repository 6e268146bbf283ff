/**
 * Every list is answered with a bounded number of SQL statements, the same
 * for 1, 20 or 100 rows: relations go through per-request DataLoaders.
 */
import { OURS_DASHBOARD, OURS_SUMMARY } from "./bench/queries";
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

describe("statements of the progress summary", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t?.close());

  const count = async (query: string, variables: Record<string, unknown>) => {
    await t.client.data(query, variables); // the pool's connections are open
    const before = t.statements();
    await t.client.data(query, variables);
    return t.statements() - before;
  };

  it("reads a congress's summary in one statement, and the admin's dashboard too", async () => {
    const { allTargets } = await t.client.data<{ allTargets: { congressId: string }[] }>(
      `{ allTargets(perPage: 1) { congressId } }`,
    );
    const congressId = allTargets[0].congressId;
    expect(await count(OURS_SUMMARY, { congressId })).toBe(1);
    // The indicators' approved figures it charts are read in the summary's statement, through
    // their declared relation; progress and the indicators of each target come from it too.
    expect(await count(OURS_DASHBOARD, { congressId })).toBe(1);
    // The second time on its compiled executor (server/read/executor.ts): the same one.
    expect(await count(OURS_DASHBOARD, { congressId })).toBe(1);
    for (const asOf of ["2024-12-31", null])
      expect(
        await count(
          `query($c: ID!, $d: LocalDate) { progressSummary(congressId: $c, asOf: $d) { sentence targets { progress { verdict } assessment { verdict } } } }`,
          { c: congressId, d: asOf },
        ),
      ).toBe(1);
  });

  it("reads the relations a summary's selection asks of its targets in its statement, as the loaders read them", async () => {
    const { allTargets } = await t.client.data<{ allTargets: { congressId: string }[] }>(
      `{ allTargets(perPage: 1) { congressId } }`,
    );
    const c = allTargets[0].congressId;
    const target = `number
      indicators { code leadAgency { shortName } measurements(status: APPROVED, period: YEAR) { year value } }
      other: indicators { code measurements(last: 1) { year } }`;
    const summary = `query($c: ID!) { progressSummary(congressId: $c) { targets { target { ${target} } } } }`;
    expect(await count(summary, { c })).toBe(1);
    const read = await t.client.data<{ progressSummary: { targets: { target: unknown }[] } }>(
      summary,
      { c },
    );
    // The same targets through the list (and its loaders where it does not compile).
    const { allTargets: listed } = await t.client.data<{ allTargets: unknown[] }>(
      `query($c: ID!) { allTargets(filter: { congressId: $c }, perPage: 100, sortField: "number") { ${target} } }`,
      { c },
    );
    expect(read.progressSummary.targets.map((line) => line.target)).toEqual(listed);
    // Two summaries of one operation that ask the same key with other arguments: each its own.
    const figures = (args: string) =>
      `targets { target { number indicators { code measurements(${args}) { year period status } } } }`;
    const both = await t.client.data<Record<string, unknown>>(
      `query($c: ID!) {
        approved: progressSummary(congressId: $c) { ${figures("status: APPROVED, period: YEAR")} }
        quarters: progressSummary(congressId: $c) { ${figures("period: Q1")} }
      }`,
      { c },
    );
    for (const [key, args] of [
      ["approved", "status: APPROVED, period: YEAR"],
      ["quarters", "period: Q1"],
    ]) {
      const alone = await t.client.data<Record<string, unknown>>(
        `query($c: ID!) { ${key}: progressSummary(congressId: $c) { ${figures(args)} } }`,
        { c },
      );
      expect(both[key]).toEqual(alone[key]);
    }
    expect(both.approved).not.toEqual(both.quarters);
  });
});
