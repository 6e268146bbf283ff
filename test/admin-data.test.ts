/**
 * Administrators manage the data: flat-argument CRUD, assignments that keep
 * their history, merged agencies handing over their work, and clear errors
 * for what the database refuses.
 */
import type { GraphQLClient } from "./helpers/client";
import { callers, ids, type AccountName } from "./helpers/fixtures";
import { startTestServer, type TestServer } from "./helpers/server";

const CREATE_ASSIGNMENT = `mutation($indicatorId: ID, $agencyId: ID, $role: AssignmentRole, $startsOn: LocalDate) {
  createAssignment(indicatorId: $indicatorId, agencyId: $agencyId, role: $role, frequency: YEARLY, dueDaysAfterPeriod: 15, startsOn: $startsOn) { id role } }`;
const ASSIGN_TARGET = `mutation($targetId: ID, $agencyId: ID!, $role: AssignmentRole!, $startsOn: LocalDate) {
  assignTarget(targetId: $targetId, agencyId: $agencyId, role: $role, startsOn: $startsOn) { id role startsOn indicator { code } } }`;

describe("managing the data", () => {
  let t: TestServer;
  let as: (name: AccountName) => Promise<GraphQLClient>;
  let admin: GraphQLClient;
  beforeAll(async () => {
    t = await startTestServer();
    as = callers(t.client);
    admin = await as("admin");
  });
  afterAll(() => t?.close());

  const auditCount = async () =>
    Number((await t.db.query(`SELECT count(*) AS n FROM audit_event`))[0].n);

  it("refuses a second LEAD for an indicator with BAD_USER_INPUT naming the field, writing nothing", async () => {
    const before = await auditCount();
    const error = await admin.errorOf(CREATE_ASSIGNMENT, {
      indicatorId: await ids.indicator(t.client, "1.a"),
      agencyId: await ids.agency(t.client, "SO-YT"),
      role: "LEAD",
    });
    expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: "role" });
    expect(error.message).toMatch(/chủ trì/);
    expect(JSON.stringify(error.result)).not.toMatch(/ux_assignment|duplicate key|INSERT/);
    expect(await auditCount()).toBe(before);
  });

  it("refuses an unknown agency id with BAD_USER_INPUT", async () => {
    const error = await admin.errorOf(CREATE_ASSIGNMENT, {
      indicatorId: await ids.indicator(t.client, "1.a"),
      agencyId: "00000000-0000-4000-8000-000000000000",
      role: "COORDINATE",
    });
    expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: "agencyId" });
  });

  it("moves a target's lead to another agency, ending the old assignments and keeping them", async () => {
    const targetId = await ids.target(t.client, 12);
    const agencyId = await ids.agency(t.client, "BHXH");
    const { assignTarget } = await admin.data<{
      assignTarget: { role: string; indicator: { code: string } }[];
    }>(ASSIGN_TARGET, { targetId, agencyId, role: "LEAD", startsOn: "2025-06-01" });
    // BHXH already led 12.d (health insurance), so that one is left as it was.
    expect(assignTarget.map((a) => a.indicator.code).sort()).toEqual(["12.a", "12.b", "12.c"]);
    const { allIndicators } = await t.client.data<{
      allIndicators: {
        code: string;
        leadAgency: { code: string };
        assignments: { role: string; endsOn: string | null; agency: { code: string } }[];
      }[];
    }>(
      `query($t: ID) { allIndicators(filter: { targetId: $t }) { code leadAgency { code }
        assignments { role endsOn agency { code } } } }`,
      { t: targetId },
    );
    for (const indicator of allIndicators) {
      expect(indicator.leadAgency.code).toBe("BHXH");
      const ended = indicator.assignments.filter(
        (a) => a.role === "LEAD" && a.endsOn === "2025-05-31",
      );
      expect(ended.length).toBe(indicator.code === "12.d" ? 0 : 1); // BHXH already led 12.d
    }
  });

  it("hands a merged agency's open assignments to its successor", async () => {
    const from = await admin.data<{ createAgency: { id: string } }>(
      `mutation($p: ID) { createAgency(provinceId: $p, code: "SO-TEST", name: "Sở Thử nghiệm", shortName: "Sở TN", kind: DEPARTMENT) { id } }`,
      {
        p: (await t.client.data<{ allProvinces: { id: string }[] }>(`{ allProvinces { id } }`))
          .allProvinces[0].id,
      },
    );
    const indicatorId = await ids.indicator(t.client, "19.a");
    await admin.data(CREATE_ASSIGNMENT, {
      indicatorId,
      agencyId: from.createAgency.id,
      role: "COORDINATE",
      startsOn: "2025-06-01",
    });
    const successor = await ids.agency(t.client, "SO-NV");
    const { updateAgency } = await admin.data<{
      updateAgency: { validTo: string; successor: { code: string } };
    }>(
      `mutation($id: ID!, $s: ID) { updateAgency(id: $id, successorId: $s, validTo: "2026-01-31") { validTo successor { code } } }`,
      { id: from.createAgency.id, s: successor },
    );
    expect(updateAgency).toEqual({ validTo: "2026-01-31", successor: { code: "SO-NV" } });
    const { allAssignments } = await t.client.data<{
      allAssignments: {
        agency: { code: string };
        startsOn: string;
        endsOn: string | null;
        note: string;
      }[];
    }>(
      `query($i: ID) { allAssignments(filter: { indicatorId: $i, role: COORDINATE }) { agency { code } startsOn endsOn note } }`,
      { i: indicatorId },
    );
    expect(allAssignments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ agency: { code: "SO-TEST" }, endsOn: "2026-01-31" }),
        expect.objectContaining({
          agency: { code: "SO-NV" },
          startsOn: "2026-02-01",
          endsOn: null,
          note: expect.stringMatching(/Sở TN/),
        }),
      ]),
    );
    // An agency with history cannot be deleted.
    const refused = await admin.errorOf(`mutation($id: ID!) { deleteAgency(id: $id) { id } }`, {
      id: from.createAgency.id,
    });
    expect(refused.code).toBe("BAD_USER_INPUT");
    expect(refused.message).toMatch(/phân công/);
  });

  it("creates, updates and deletes with flat arguments, delete returning the record, each audited", async () => {
    const congressId = (
      await t.client.data<{ allCongresses: { id: string }[] }>(
        `{ allCongresses(filter: { ordinal: 17 }) { id } }`,
      )
    ).allCongresses[0].id;
    const keyTask = (
      await t.client.data<{ allKeyTasks: { id: string }[] }>(
        `{ allKeyTasks(filter: { ordinal: 2 }) { id } }`,
      )
    ).allKeyTasks[0].id;
    const { createTarget } = await admin.data<{
      createTarget: { id: string; keyTasks: { ordinal: number }[] };
    }>(
      `mutation($c: ID, $k: [ID!]) { createTarget(congressId: $c, number: 21, title: "Thử", titleEn: "Test", text: "Văn bản thử", domain: ECONOMY, keyTaskIds: $k) { id keyTasks { ordinal } } }`,
      { c: congressId, k: [keyTask] },
    );
    expect(createTarget.keyTasks).toEqual([{ ordinal: 2 }]);
    const { updateTarget } = await admin.data<{ updateTarget: { title: string; number: number } }>(
      `mutation($id: ID!) { updateTarget(id: $id, title: "Thử nghiệm") { title number } }`,
      { id: createTarget.id },
    );
    expect(updateTarget).toEqual({ title: "Thử nghiệm", number: 21 });
    const duplicate = await admin.errorOf(
      `mutation($id: ID!) { updateTarget(id: $id, number: 1) { id } }`,
      { id: createTarget.id },
    );
    expect(duplicate).toMatchObject({ code: "BAD_USER_INPUT", field: "number" });
    const { deleteTarget } = await admin.data<{ deleteTarget: { id: string; title: string } }>(
      `mutation($id: ID!) { deleteTarget(id: $id) { id title } }`,
      { id: createTarget.id },
    );
    expect(deleteTarget).toEqual({ id: createTarget.id, title: "Thử nghiệm" });
    const { allAuditEvents } = await admin.data<{ allAuditEvents: { action: string }[] }>(
      `query($id: ID) { allAuditEvents(filter: { entityId: $id }, sortField: "at", sortOrder: "ASC") { action } }`,
      { id: createTarget.id },
    );
    expect(allAuditEvents.map((e) => e.action)).toEqual([
      "Target.create",
      "Target.update",
      "Target.delete",
    ]);
  });

  it("refuses to delete an indicator with figures, suggesting to retire it", async () => {
    const error = await admin.errorOf(`mutation($id: ID!) { deleteIndicator(id: $id) { id } }`, {
      id: await ids.indicator(t.client, "1.a"),
    });
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.message).toMatch(/active = false/);
  });

  it("creates users with hashed passwords and checks their role's agency", async () => {
    const weak = await admin.errorOf(
      `mutation { createUser(email: "a@b.vn", name: "A", role: VIEWER, password: "short") { id } }`,
    );
    expect(weak).toMatchObject({ code: "BAD_USER_INPUT", field: "password" });
    const noAgency = await admin.errorOf(
      `mutation { createUser(email: "b@b.vn", name: "B", role: REPORTER, password: "mật-khẩu-dài-đủ") { id } }`,
    );
    expect(noAgency).toMatchObject({ code: "BAD_USER_INPUT", field: "agencyId" });
    await admin.data(
      `mutation { createUser(email: "C@B.vn", name: "C", role: VIEWER, password: "mật-khẩu-dài-đủ") { id email } }`,
    );
    const [row] = await t.db.query(
      `SELECT email, password_hash FROM app_user WHERE email = 'c@b.vn'`,
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });
});
