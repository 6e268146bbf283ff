/**
 * The figure workflow end to end, as the issue's acceptance reads: a reporter
 * of agency A submits, the head of agency B is refused, the head of A
 * approves, edits are refused until a reopen with a reason, and the history
 * tells who did what, when and why.
 */
import type { GraphQLClient } from "./helpers/client";
import { callers, ids, type AccountName } from "./helpers/fixtures";
import { startTestServer, type TestServer } from "./helpers/server";

const FIELDS = "id status version value reviewNote submittedAt reviewedAt";
const SAVE = `mutation($indicatorId: ID, $year: Int, $value: Decimal, $source: String, $period: PeriodType, $valueKind: ValueKind, $agencyId: ID) {
  saveMeasurement(indicatorId: $indicatorId, year: $year, value: $value, source: $source, period: $period, valueKind: $valueKind, agencyId: $agencyId) { ${FIELDS} } }`;
const step = (name: string, extra = "") =>
  `mutation($id: ID!, $version: Int!${extra ? `, ${extra}` : ""}) { ${name}(id: $id, version: $version${
    extra ? `, ${extra.replace(/\$(\w+): \w+!?/g, "$1: $$$1")}` : ""
  }) { ${FIELDS} } }`;
const SUBMIT = step("submitMeasurement");
const APPROVE = step("approveMeasurement", "$note: String");
const RETURN = step("returnMeasurement", "$reason: String!");
const REOPEN = step("reopenMeasurement", "$reason: String!");
const EDIT = `mutation($id: ID, $version: Int, $value: Decimal) { saveMeasurement(id: $id, version: $version, value: $value) { ${FIELDS} } }`;

interface Figure {
  id: string;
  status: string;
  version: number;
  value: string;
  reviewNote: string | null;
}

describe("the figure workflow", () => {
  let t: TestServer;
  let as: (name: AccountName) => Promise<GraphQLClient>;
  let grdp: string;
  let beds: string;

  beforeAll(async () => {
    t = await startTestServer();
    as = callers(t.client);
    grdp = await ids.indicator(t.client, "1.a");
    beds = await ids.indicator(t.client, "12.c");
  });
  afterAll(() => t?.close());

  const figure = async (id: string) =>
    (
      await (
        await as("admin")
      ).data<{ Measurement: Figure }>(`query($id: ID!) { Measurement(id: $id) { ${FIELDS} } }`, {
        id,
      })
    ).Measurement;

  async function draft(value = "7.1", year = 2021): Promise<Figure> {
    const reporter = await as("reporterCtk");
    const { saveMeasurement } = await reporter.data<{ saveMeasurement: Figure }>(SAVE, {
      indicatorId: grdp,
      year,
      value,
      source: "Cục Thống kê, báo cáo năm",
    });
    return saveMeasurement;
  }

  it("takes a figure from draft to approved, refusing the other agency's head, then locks it", async () => {
    const reporter = await as("reporterCtk");
    const saved = await draft();
    expect(saved).toMatchObject({ status: "DRAFT", version: 1, value: "7.1" });

    const { submitMeasurement: submitted } = await reporter.data<{ submitMeasurement: Figure }>(
      SUBMIT,
      {
        id: saved.id,
        version: 1,
      },
    );
    expect(submitted).toMatchObject({ status: "SUBMITTED", version: 2 });

    // The head of another agency cannot approve it (nor read it: see below).
    const other = await as("headYt");
    const refused = await other.errorOf(APPROVE, { id: saved.id, version: 2 });
    expect(refused.code).toBe("FORBIDDEN");
    expect(await figure(saved.id)).toMatchObject({ status: "SUBMITTED", version: 2 });

    const head = await as("headCtk");
    const { approveMeasurement: approved } = await head.data<{ approveMeasurement: Figure }>(
      APPROVE,
      {
        id: saved.id,
        version: 2,
        note: "Khớp số liệu niên giám",
      },
    );
    expect(approved).toMatchObject({
      status: "APPROVED",
      version: 3,
      reviewNote: "Khớp số liệu niên giám",
    });

    // Read-only for everyone now, including the administrator and the database itself.
    for (const who of ["reporterCtk", "admin"] as const) {
      const edit = await (await as(who)).errorOf(EDIT, { id: saved.id, version: 3, value: "9" });
      expect(edit.code).toBe("CONFLICT");
    }
    await expect(
      t.db.query(`UPDATE measurement SET value = 9 WHERE id = $1`, [saved.id]),
    ).rejects.toThrow(/read-only/);
    await expect(t.db.query(`DELETE FROM measurement WHERE id = $1`, [saved.id])).rejects.toThrow(
      /cannot be deleted/,
    );
    expect(await figure(saved.id)).toMatchObject({ status: "APPROVED", value: "7.1" });

    // Reopening needs a reason, and then the reporter may correct it.
    const noReason = await head.errorOf(REOPEN, { id: saved.id, version: 3, reason: "  " });
    expect(noReason).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });
    const { reopenMeasurement: reopened } = await head.data<{ reopenMeasurement: Figure }>(REOPEN, {
      id: saved.id,
      version: 3,
      reason: "Cục Thống kê công bố số chính thức mới",
    });
    expect(reopened).toMatchObject({ status: "DRAFT", version: 4 });
    const { saveMeasurement: corrected } = await reporter.data<{ saveMeasurement: Figure }>(EDIT, {
      id: saved.id,
      version: 4,
      value: "7.15",
    });
    expect(corrected).toMatchObject({ status: "DRAFT", version: 5, value: "7.15" });

    // The history tells each step, who took it (by name and agency: e-mails are for those who
    // may read users, issue 12) and why.
    const { Measurement } = await reporter.data<{
      Measurement: {
        history: { action: string; actorLabel: string; reason: string | null; at: string }[];
      };
    }>(`query($id: ID!) { Measurement(id: $id) { history { action actorLabel reason at } } }`, {
      id: saved.id,
    });
    expect(Measurement.history.map((h) => [h.action, h.actorLabel])).toEqual([
      ["Measurement.create", "Chuyên viên Cục Thống kê (Cục Thống kê)"],
      ["Measurement.submit", "Chuyên viên Cục Thống kê (Cục Thống kê)"],
      ["Measurement.approve", "Lãnh đạo Cục Thống kê (Cục Thống kê)"],
      ["Measurement.reopen", "Lãnh đạo Cục Thống kê (Cục Thống kê)"],
      ["Measurement.update", "Chuyên viên Cục Thống kê (Cục Thống kê)"],
    ]);
    expect(Measurement.history[3].reason).toBe("Cục Thống kê công bố số chính thức mới");
  });

  it("returns a figure with a required reason the reporter sees, and takes it back after an edit", async () => {
    const reporter = await as("reporterCtk");
    const head = await as("headCtk");
    const saved = await draft("6.9", 2020);
    await reporter.data(SUBMIT, { id: saved.id, version: 1 });
    const missing = await head.errorOf(RETURN, { id: saved.id, version: 2, reason: "" });
    expect(missing).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });
    const { returnMeasurement } = await head.data<{ returnMeasurement: Figure }>(RETURN, {
      id: saved.id,
      version: 2,
      reason: "Thiếu nguồn số liệu chính thức",
    });
    expect(returnMeasurement).toMatchObject({
      status: "RETURNED",
      reviewNote: "Thiếu nguồn số liệu chính thức",
    });
    await reporter.data(EDIT, { id: saved.id, version: 3, value: "6.95" });
    const { submitMeasurement } = await reporter.data<{ submitMeasurement: Figure }>(SUBMIT, {
      id: saved.id,
      version: 4,
    });
    expect(submitMeasurement.status).toBe("SUBMITTED");
  });

  it("never lets anyone approve a figure they submitted themselves", async () => {
    const admin = await as("admin");
    const ctk = await ids.agency(t.client, "CTK");
    const { saveMeasurement } = await admin.data<{ saveMeasurement: Figure }>(SAVE, {
      indicatorId: grdp,
      year: 2021,
      period: "H1",
      valueKind: "ESTIMATE",
      value: "6.7",
      source: "Văn phòng Tỉnh ủy",
      agencyId: ctk,
    });
    await admin.data(SUBMIT, { id: saveMeasurement.id, version: 1 });
    const own = await admin.errorOf(APPROVE, { id: saveMeasurement.id, version: 2 });
    expect(own.code).toBe("FORBIDDEN");
    expect((await figure(saveMeasurement.id)).status).toBe("SUBMITTED");
  });

  it("refuses a stale version with CONFLICT", async () => {
    const reporter = await as("reporterCtk");
    const saved = await draft("7.3", 2023);
    const stale = await reporter.errorOf(SUBMIT, { id: saved.id, version: 7 });
    expect(stale.code).toBe("CONFLICT");
    expect((await figure(saved.id)).version).toBe(1);
  });

  it("keeps reporters to the indicators assigned to their agency", async () => {
    const refused = await (
      await as("reporterYt")
    ).errorOf(SAVE, { indicatorId: grdp, year: 2021, value: "7" });
    expect(refused.code).toBe("FORBIDDEN");
    const allowed = await (
      await as("reporterYt")
    ).data<{ saveMeasurement: Figure }>(SAVE, {
      indicatorId: beds,
      year: 2024,
      value: "30.5",
      source: "Sở Y tế",
    });
    expect(allowed.saveMeasurement.status).toBe("DRAFT");
  });

  it.each([
    ["a share over 100", "12.d", 2024, "101", "value"],
    ["a count with decimals", "8.a", 2024, "100.5", "value"],
    ["a year before the term", "1.a", 2019, "7", "year"],
    ["a year after the term", "1.a", 2026, "7", "year"],
  ])("validates %s against the indicator and term", async (_what, code, year, value, field) => {
    const admin = await as("admin");
    const agencyId = await ids.agency(t.client, "CTK");
    const error = await admin.errorOf(SAVE, {
      indicatorId: await ids.indicator(t.client, code),
      year,
      value,
      agencyId,
    });
    expect(error).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it("keeps drafts inside the agency: other agencies and the public see approved figures only", async () => {
    const saved = await draft("7.05", 2024);
    const query = `query($id: ID!) { Measurement(id: $id) { id } }`;
    for (const who of ["headYt", "viewer"] as const) {
      expect((await (await as(who)).errorOf(query, { id: saved.id })).code).toBe("NOT_FOUND");
    }
    expect((await t.client.errorOf(query, { id: saved.id })).code).toBe("NOT_FOUND");
    const count = `{ _allMeasurementsMeta(filter: { status: DRAFT }) { count } allMeasurements(perPage: 100, filter: { status: DRAFT }) { id } }`;
    const outsider = await (
      await as("headYt")
    ).data<{ _allMeasurementsMeta: { count: number }; allMeasurements: unknown[] }>(count);
    expect(outsider.allMeasurements.length).toBe(outsider._allMeasurementsMeta.count);
    expect(outsider.allMeasurements.map((m) => (m as { id: string }).id)).not.toContain(saved.id);
    const insider = await (await as("headCtk")).data<{ allMeasurements: { id: string }[] }>(count);
    expect(insider.allMeasurements.map((m) => m.id)).toContain(saved.id);
  });
});
