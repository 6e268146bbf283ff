/**
 * Issue 11 over the API: a revised figure keeps the earlier approved version in the history
 * and progress "as of" a date uses what was known then; whole-term (TERM) figures; figures in
 * another unit; the province's own assessment beside the computed verdict.
 */
import ExcelJS from "exceljs";
import type { GraphQLClient } from "./helpers/client";
import { accounts, callers, ids, signIn, type AccountName } from "./helpers/fixtures";
import { startTestServer, type TestServer } from "./helpers/server";

const errs = async (client: GraphQLClient, query: string, variables?: Record<string, unknown>) =>
  (await client.request(query, variables)).errors ?? [];

describe("figures officials can trust", () => {
  let t: TestServer;
  let as: (name: AccountName) => Promise<GraphQLClient>;
  let congressId: string;

  beforeAll(async () => {
    t = await startTestServer();
    as = callers(t.client);
    congressId = (
      await t.client.data<{ allCongresses: { id: string }[] }>(
        `{ allCongresses(filter: { ordinal: 17 }) { id } }`,
      )
    ).allCongresses[0].id;
  });
  afterAll(() => t?.close());

  const approveNew = async (vars: Record<string, unknown>, extra = "") => {
    const reporter = await as("reporterCtk");
    const head = await as("headCtk");
    const { saveMeasurement } = await reporter.data<{ saveMeasurement: { id: string } }>(
      `mutation($i: ID, $y: Int, $p: PeriodType, $v: Decimal, $k: ValueKind, $r: LocalDate) {
        saveMeasurement(indicatorId: $i, year: $y, period: $p, value: $v, valueKind: $k, reportedOn: $r,
          source: "Báo cáo của Cục Thống kê"${extra}) { id } }`,
      vars,
    );
    const id = saveMeasurement.id;
    await reporter.data(`mutation($id: ID!) { submitMeasurement(id: $id, version: 1) { id } }`, {
      id,
    });
    await head.data(`mutation($id: ID!) { approveMeasurement(id: $id, version: 2) { id } }`, {
      id,
    });
    return id;
  };

  it("a revised 2025 figure for 2.a is a new figure; the September estimate stays, and counts as of 30/09/2025", async () => {
    const indicator = await ids.indicator(t.client, "2.a");
    await approveNew({ i: indicator, y: 2025, v: "19.9", k: "ESTIMATE", r: "2025-12-20" });
    const { Indicator } = await t.client.data<{
      Indicator: {
        measurements: {
          value: string;
          valueKind: string;
          reportedOn: string | null;
          status: string;
        }[];
        now: { valueSoFar: number };
        sept: { valueSoFar: number };
        dec: { valueSoFar: number };
      };
    }>(
      `query($id: ID!) { Indicator(id: $id) {
        measurements(status: APPROVED) { value valueKind reportedOn status }
        now: progress { valueSoFar }
        sept: progress(asOf: "2025-09-30") { valueSoFar }
        dec: progress(asOf: "2025-12-31") { valueSoFar } } }`,
      { id: indicator },
    );
    const versions2025 = Indicator.measurements
      .filter((m) => m.reportedOn && m.reportedOn >= "2025-01-01")
      .map((m) => [m.reportedOn, m.valueKind, m.value])
      .sort();
    expect(versions2025).toEqual([
      ["2025-09-25", "ESTIMATE", "20.51"],
      ["2025-12-20", "ESTIMATE", "19.9"],
      ["2026-01-16", "OFFICIAL", "20.28"],
    ]);
    expect(Indicator.sept.valueSoFar).toBe(20.51);
    expect(Indicator.dec.valueSoFar).toBe(19.9);
    // The official figure beats every estimate.
    expect(Indicator.now.valueSoFar).toBe(20.28);
  });

  it("only one open version of a period at a time", async () => {
    const reporter = await as("reporterCtk");
    const indicator = await ids.indicator(t.client, "2.c");
    const save = () =>
      errs(
        reporter,
        `mutation($i: ID) { saveMeasurement(indicatorId: $i, year: 2025, value: "48", valueKind: ESTIMATE, source: "x") { id } }`,
        { i: indicator },
      );
    expect(await save()).toEqual([]);
    const second = await save();
    expect(second[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "period" });
  });

  it("a TERM figure only for an average or a total, in the term's last year", async () => {
    const reporter = await as("reporterCtk");
    const level = await ids.indicator(t.client, "2.b");
    const growth = await ids.indicator(t.client, "1.a");
    const term = (i: string, y: number) =>
      errs(
        reporter,
        `mutation($i: ID, $y: Int) { saveMeasurement(indicatorId: $i, year: $y, period: TERM, value: "7", source: "x") { id } }`,
        { i, y },
      );
    expect((await term(level, 2025))[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "period",
    });
    expect((await term(growth, 2024))[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "year",
    });
  });

  it("an approved TERM figure for 1.a decides 1.a: an official 6,9% is Không đạt", async () => {
    const growth = await ids.indicator(t.client, "1.a");
    await approveNew({ i: growth, y: 2025, p: "TERM", v: "6.9", k: "OFFICIAL", r: "2026-02-01" });
    const { Indicator } = await t.client.data<{
      Indicator: {
        progress: { verdict: string; termFigure: boolean; valueSoFar: number };
        before: { verdict: string };
      };
    }>(
      `query($id: ID!) { Indicator(id: $id) { progress { verdict termFigure valueSoFar } before: progress(asOf: "2026-01-31") { verdict } } }`,
      { id: growth },
    );
    expect(Indicator.progress).toEqual({ verdict: "NOT_MET", termFigure: true, valueSoFar: 6.9 });
    // Before it was reported, the estimate 7,1% stood.
    expect(Indicator.before.verdict).toBe("MET");
  });

  it("a figure in another unit keeps the reported value, the rate and its source, and must agree with them", async () => {
    const reporter = await as("reporterCtk");
    const perCapita = await ids.indicator(t.client, "3.a");
    const bad = await errs(
      reporter,
      `mutation($i: ID) { saveMeasurement(indicatorId: $i, year: 2024, value: "3000", reportedValue: "61.1", reportedUnit: "triệu đồng/người", conversionRate: "0.0245", source: "x") { id } }`,
      { i: perCapita },
    );
    expect(bad[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "value" });
    const half = await errs(
      reporter,
      `mutation($i: ID) { saveMeasurement(indicatorId: $i, year: 2024, value: "2494", reportedValue: "61.1", source: "x") { id } }`,
      { i: perCapita },
    );
    expect(half[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "reportedUnit" });
    const { allMeasurements } = await t.client.data<{
      allMeasurements: {
        value: string;
        reportedValue: string;
        reportedUnit: string;
        conversionRate: string;
        rateSource: string;
      }[];
    }>(
      `query($i: ID) { allMeasurements(filter: { indicatorId: $i }) { value reportedValue reportedUnit conversionRate rateSource } }`,
      { i: perCapita },
    );
    expect(allMeasurements).toEqual([
      {
        value: "2900",
        reportedValue: "71.1",
        reportedUnit: "triệu đồng/người",
        conversionRate: "0.024517",
        rateSource: "Báo cáo chính trị Đại hội XVIII tự quy đổi: 71,1 triệu đồng ≈ 2.900 USD",
      },
    ]);
  });

  it("assessTarget: administrators only, audited, with history, beside the computed verdict", async () => {
    const target2 = await ids.target(t.client, 2);
    const assess = (client: GraphQLClient, verdict: string, date: string) =>
      errs(
        client,
        `mutation($t: ID!, $v: AssessedVerdict!, $d: LocalDate!) { assessTarget(targetId: $t, verdict: $v, reason: "Tỉnh đánh giá đạt và vượt 18/20 chỉ tiêu", document: "Báo cáo chính trị Đại hội XVIII", documentDate: $d) { id } }`,
        { t: target2, v: verdict, d: date },
      );
    for (const who of ["viewer", "reporterCtk", "headCtk"] as const) {
      expect((await assess(await as(who), "MET", "2025-09-25"))[0]?.extensions?.code).toBe(
        "FORBIDDEN",
      );
    }
    expect((await assess(t.client, "MET", "2025-09-25"))[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
    const admin = await as("admin");
    const tooLong = await errs(
      admin,
      `mutation($t: ID!) { assessTarget(targetId: $t, verdict: MET, reason: "${"x".repeat(2001)}", document: "d", documentDate: "2025-09-25") { id } }`,
      { t: target2 },
    );
    expect(tooLong[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });
    expect(await assess(admin, "NOT_MET", "2025-06-30")).toEqual([]);
    expect(await assess(admin, "MET", "2025-09-25")).toEqual([]);

    const { Target } = await admin.data<{
      Target: {
        progress: { verdict: string };
        assessment: { verdict: string; document: string };
        assessments: { verdict: string }[];
        history: { action: string; actorLabel: string }[];
      };
    }>(
      `query($id: ID!) { Target(id: $id) { progress { verdict } assessment { verdict document }
        assessments { verdict } history { action actorLabel } } }`,
      { id: target2 },
    );
    // The computed verdict is untouched; the province's own is beside it.
    expect(Target.progress.verdict).toBe("NOT_MET");
    expect(Target.assessment).toEqual({
      verdict: "MET",
      document: "Báo cáo chính trị Đại hội XVIII",
    });
    expect(Target.assessments.map((a) => a.verdict)).toEqual(["MET", "NOT_MET"]);
    expect(Target.history.filter((h) => h.action === "Target.assess")).toHaveLength(2);

    const { progressSummary } = await t.client.data<{
      progressSummary: {
        targets: {
          target: { number: number };
          assessment: { verdict: string } | null;
          assessmentDiffers: boolean;
        }[];
      };
    }>(
      `query($c: ID!) { progressSummary(congressId: $c) { targets { target { number } assessment { verdict } assessmentDiffers } } }`,
      { c: congressId },
    );
    const line = progressSummary.targets.find((l) => l.target.number === 2)!;
    expect(line).toMatchObject({ assessment: { verdict: "MET" }, assessmentDiffers: true });
    expect(progressSummary.targets.find((l) => l.target.number === 1)!.assessment).toBeNull();

    // The target table shows both verdicts where they differ.
    const session = await signIn(t.client, accounts.headCtk);
    const xlsx = await fetch(
      `${t.url}/exports/target-table.xlsx?congressId=${congressId}&year=2025`,
      {
        headers: { authorization: `Bearer ${session}` },
      },
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const rows = workbook
      .getWorksheet("Biểu chỉ tiêu")!
      .getSheetValues()
      .filter(Boolean) as unknown[][];
    const row2 = rows.find((r) => r[1] === "2")!;
    expect(row2[10]).toBe(
      "Không đạt\nTỉnh đánh giá: Đạt (Báo cáo chính trị Đại hội XVIII, 25/09/2025)",
    );
  });
});
