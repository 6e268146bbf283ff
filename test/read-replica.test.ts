/**
 * With DATABASE_READ_URL, read-only requests go to the replica and anything
 * that may write to the primary. The "replica" here is a second database
 * seeded without the demo figures, so where an answer came from shows.
 * Needs a real PostgreSQL (it creates a database): runs in the PostgreSQL pass.
 */
import { DataSource } from "typeorm";
import { dataSourceFor } from "../server/database/data-source";
import { seedResolution } from "../server/seed/seed";
import { callers } from "./helpers/fixtures";
import { startTestServer, testDatabaseUrl, type TestServer } from "./helpers/server";
import { reportedFigures } from "../server/seed/data/reported-figures";

const run = process.env.TEST_EMBEDDED ? describe.skip : describe;

run("a read replica", () => {
  let t: TestServer;
  let admin: DataSource;
  const replicaUrl = () => {
    const url = new URL(testDatabaseUrl());
    url.pathname = "/test_read_replica";
    return url.toString();
  };

  beforeAll(async () => {
    admin = await new DataSource({
      type: "postgres",
      url: testDatabaseUrl(),
      poolSize: 1,
    }).initialize();
    await admin.query("DROP DATABASE IF EXISTS test_read_replica");
    await admin.query("CREATE DATABASE test_read_replica");
    const replica = await dataSourceFor(replicaUrl(), 1).initialize();
    try {
      await replica.runMigrations();
      await replica.transaction((tx) => seedResolution(tx, { demo: false }));
    } finally {
      await replica.destroy();
    }
    t = await startTestServer({ DATABASE_READ_URL: replicaUrl() });
  });
  afterAll(async () => {
    await t?.close();
    await admin?.query("DROP DATABASE IF EXISTS test_read_replica");
    await admin?.destroy();
  });

  it("answers queries from the replica and mutations on the primary", async () => {
    const count = `{ _allMeasurementsMeta { count } }`;
    // The primary holds the demo figures (the real 2021–2025 record); the replica none.
    expect((await t.db.query(`SELECT count(*)::int AS n FROM measurement`))[0].n).toBe(
      reportedFigures.length,
    );
    expect(await t.client.data(count)).toEqual({ _allMeasurementsMeta: { count: 0 } });
    // Signing in (a mutation) reads and writes the primary, where the accounts are.
    const head = await callers(t.client)("headCtk");
    const { me } = await head.data<{ me: { user: { email: string } } }>(
      `{ me { user { email } } }`,
    );
    expect(me.user.email).toBe("lanhdao.ctk@langson.example");
  });
});
