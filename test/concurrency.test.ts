/** Twenty heads approving the same version at once: one approval, nineteen CONFLICTs, one audit row. */
import type { GraphQLClient } from "./helpers/client";
import { callers, ids, signIn } from "./helpers/fixtures";
import { startTestServer, type TestServer } from "./helpers/server";

describe("concurrent approvals", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ DB_POOL_SIZE: "10" });
  });
  afterAll(() => t?.close());

  it("lets exactly one of twenty simultaneous approvals through", async () => {
    const as = callers(t.client);
    const admin = await as("admin");
    const ctk = await ids.agency(t.client, "CTK");
    const heads: GraphQLClient[] = [await as("headCtk")];
    for (let i = 1; i <= 4; i++) {
      const email = `lanhdao${i}.ctk@langson.example`;
      await admin.data(
        `mutation($e: String, $a: ID) { createUser(email: $e, name: "Phó Cục trưởng", role: AGENCY_HEAD, agencyId: $a, password: "mat-khau-du-dai") { id } }`,
        { e: email, a: ctk },
      );
      heads.push(t.client.as(await signIn(t.client, email, "mat-khau-du-dai")));
    }
    const reporter = await as("reporterCtk");
    const { saveMeasurement } = await reporter.data<{ saveMeasurement: { id: string } }>(
      `mutation($i: ID) { saveMeasurement(indicatorId: $i, year: 2021, value: "7.1", source: "CTK") { id } }`,
      { i: await ids.indicator(t.client, "1.a") },
    );
    await reporter.data(`mutation($id: ID!) { submitMeasurement(id: $id, version: 1) { id } }`, {
      id: saveMeasurement.id,
    });

    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        heads[i % heads.length].request(
          `mutation($id: ID!) { approveMeasurement(id: $id, version: 2) { status } }`,
          {
            id: saveMeasurement.id,
          },
        ),
      ),
    );
    const approved = results.filter((r) => r.data?.approveMeasurement);
    const codes = results.flatMap((r) => r.errors?.map((e) => e.extensions?.code) ?? []);
    expect(approved).toHaveLength(1);
    expect(codes).toEqual(Array(19).fill("CONFLICT"));
    const [row] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'Measurement.approve'`,
      [saveMeasurement.id],
    );
    expect(row.n).toBe(1);
    const [figure] = await t.db.query(`SELECT status, version FROM measurement WHERE id = $1`, [
      saveMeasurement.id,
    ]);
    expect(figure).toEqual({ status: "APPROVED", version: 3 });
  });
});
