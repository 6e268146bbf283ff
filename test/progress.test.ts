/**
 * Progress on the seeded demo data, computed by hand below, and how approving
 * and reopening a figure changes it while `asOf` still gives the earlier answer.
 */
import type { GraphQLClient } from "./helpers/client";
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { accounts, callers, ids, signIn, type AccountName } from "./helpers/fixtures";
import { startTestServer, type TestServer } from "./helpers/server";

const SUMMARY = `query($c: ID!, $asOf: LocalDate) { progressSummary(congressId: $c, asOf: $asOf) {
  sentence total exceeded met notMet noData atRisk offTrack
  targets { target { number } progress { verdict verdictLabel reason met total } } } }`;

interface Summary {
  sentence: string;
  total: number;
  exceeded: number;
  met: number;
  notMet: number;
  noData: number;
  targets: {
    target: { number: number };
    progress: { verdict: string; verdictLabel: string; reason: string };
  }[];
}

describe("progress", () => {
  let t: TestServer;
  let as: (name: AccountName) => Promise<GraphQLClient>;
  let congressId: string;
  const summary = async (asOf?: string) =>
    (await t.client.data<{ progressSummary: Summary }>(SUMMARY, { c: congressId, asOf }))
      .progressSummary;
  const verdictOf = (s: Summary, n: number) =>
    s.targets.find((x) => x.target.number === n)!.progress;

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

  it("judges the seeded reported figures as a provincial official would", async () => {
    const s = await summary();
    // Target 1: (1.0722 × 1.07 × 1.0601 × 1.0806)^(1/4) − 1 = 1.31423^(1/4) − 1 ≈ 7.07% a year, inside 7–7.5%: Đạt.
    // (The 2021 figure is a half-year one and does not count.)
    expect(verdictOf(s, 1)).toMatchObject({ verdict: "MET", verdictLabel: "Đạt" });
    expect(verdictOf(s, 1).reason).toMatch(/7,07/);
    // Target 4: 4,200,000 visitors in 2024 (latest) < 4,400,000 and 3,100 < 5,200 billion VND: Không đạt.
    expect(verdictOf(s, 4)).toMatchObject({ verdict: "NOT_MET", verdictLabel: "Không đạt" });
    // Target 2: two of four sector shares reported (20.28% and 28.33%, above 17–18% and 25–26%), two without data.
    expect(verdictOf(s, 2).verdict).toBe("NO_DATA");
    expect(s).toMatchObject({ total: 20, met: 1, exceeded: 0, notMet: 1, noData: 18 });
    expect(s.sentence).toMatch(/^Đạt và vượt 1\/20 chỉ tiêu/);
  });

  it("shows indicator progress with the numbers behind it", async () => {
    const { allIndicators } = await t.client.data<{
      allIndicators: {
        progress: {
          verdict: string;
          valueSoFar: number;
          yearsCounted: number[];
          yearsMissing: number[];
        };
      }[];
    }>(
      `{ allIndicators(filter: { code: "1.a" }) { progress { verdict valueSoFar yearsCounted yearsMissing } } }`,
    );
    const p = allIndicators[0].progress;
    expect(p.verdict).toBe("MET");
    expect(p.valueSoFar).toBeCloseTo(7.07, 2);
    expect(p.yearsCounted).toEqual([2022, 2023, 2024, 2025]);
    expect(p.yearsMissing).toEqual([2021]);
  });

  it("changes with approvals and reopenings, while asOf reproduces the earlier answer", async () => {
    const reporter = await as("reporterCtk");
    const head = await as("headCtk");
    const { saveMeasurement } = await reporter.data<{ saveMeasurement: { id: string } }>(
      `mutation($i: ID) { saveMeasurement(indicatorId: $i, year: 2021, value: "6.5", source: "Niên giám 2021") { id } }`,
      { i: await ids.indicator(t.client, "1.a") },
    );
    const id = saveMeasurement.id;
    await reporter.data(`mutation($id: ID!) { submitMeasurement(id: $id, version: 1) { id } }`, {
      id,
    });
    await head.data(`mutation($id: ID!) { approveMeasurement(id: $id, version: 2) { id } }`, {
      id,
    });

    // With 2021 at 6.5%: 1.31423 × 1.065 = 1.39966, fifth root ≈ 1.0696: 6.96% a year, below 7%.
    expect(verdictOf(await summary(), 1).verdict).toBe("NOT_MET");

    // Let the approval have happened on 10 January 2026 (the log is append-only, so only a test can move it).
    await t.db.query(`ALTER TABLE audit_event DISABLE TRIGGER tg_audit_event_append_only`);
    await t.db.query(
      `UPDATE audit_event SET at = '2026-01-10T09:00:00+07:00' WHERE entity_id = $1`,
      [id],
    );
    await t.db.query(`ALTER TABLE audit_event ENABLE TRIGGER tg_audit_event_append_only`);

    await head.data(
      `mutation($id: ID!) { reopenMeasurement(id: $id, version: 3, reason: "Số liệu cần rà soát") { id } }`,
      { id },
    );

    expect(verdictOf(await summary(), 1).verdict).toBe("MET"); // reopened: it no longer counts
    expect(verdictOf(await summary("2026-06-01"), 1).verdict).toBe("NOT_MET"); // as it stood then
    expect(verdictOf(await summary("2026-01-05"), 1).verdict).toBe("MET"); // before the approval
  });

  it("reports which assignments owe a figure and how late", async () => {
    const head = await as("headCtk");
    const { reportingCompleteness } = await head.data<{
      reportingCompleteness: {
        agency: { code: string };
        indicator: { code: string };
        state: string;
        dueOn: string;
        daysLate: number;
      }[];
    }>(
      `query($c: ID!, $a: ID) { reportingCompleteness(congressId: $c, year: 2025, agencyId: $a) { agency { code } indicator { code } state dueOn daysLate } }`,
      { c: congressId, a: await ids.agency(t.client, "CTK") },
    );
    // CTK leads 1.a, 2.a–2.d and 3.a; 2025 figures exist for 1.a, 2.a and 2.b.
    expect(reportingCompleteness.map((r) => r.indicator.code).sort()).toEqual([
      "2.c",
      "2.d",
      "3.a",
    ]);
    for (const r of reportingCompleteness) {
      expect(r.state).toBe("MISSING");
      expect(r.dueOn > "2025-12-31").toBe(true);
      expect(r.daysLate).toBeGreaterThan(0);
    }
  });

  it("exports the target table as XLSX and CSV, in Vietnamese, with all 20 targets and approval stamps", async () => {
    const session = await signIn(t.client, accounts.headCtk);
    const get = (format: string, auth = true) =>
      fetch(`${t.url}/exports/target-table.${format}?congressId=${congressId}&year=2025`, {
        headers: auth ? { authorization: `Bearer ${session}` } : {},
      });
    expect((await get("xlsx", false)).status).toBe(401);

    const xlsx = await get("xlsx");
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-disposition")).toContain("bieu-chi-tieu-2025.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet("Biểu chỉ tiêu")!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const header = rows[2].slice(1);
    expect(header).toEqual([
      "STT",
      "Chỉ tiêu",
      "Mục tiêu",
      "Đơn vị",
      "2021",
      "2022",
      "2023",
      "2024",
      "2025",
      "Đánh giá",
      "Lý do",
      "Cơ quan chủ trì",
      "Xác nhận số liệu",
    ]);
    const targetRows = rows.slice(3).filter((r) => /^\d+$/.test(String(r[1])));
    expect(targetRows.map((r) => Number(r[1]))).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    const grdp = rows.find((r) => r[1] === "1.a")!;
    expect(grdp.slice(3, 10)).toEqual(["7–7,5%", "%", "", "7,22", "7 (ƯT)", "6,01 (ƯT)", "8,06"]);
    expect(grdp[10]).toBe("Đạt");
    expect(String(grdp[13])).toContain("2022: Nguồn: Cục Thống kê Lạng Sơn, 28/12/2022");

    const bytes = Buffer.from(await (await get("csv")).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a BOM, so Excel reads UTF-8
    const csv = bytes.subarray(3).toString("utf8");
    expect(csv).toContain("4.400.000 lượt người");
    await opensInLibreOffice(Buffer.from(await (await get("xlsx")).arrayBuffer()));
    expect(csv.startsWith("STT,Chỉ tiêu,Mục tiêu")).toBe(true);
  });
});

/** The acceptance check: LibreOffice converts the workbook to PDF (installed by .ci/run). */
async function opensInLibreOffice(xlsx: Buffer): Promise<void> {
  const found = spawnSync("sh", ["-c", "command -v libreoffice"]).status === 0;
  if (!found && !process.env.CI) return; // a developer machine without LibreOffice
  const dir = mkdtempSync(path.join(tmpdir(), "bieu-"));
  try {
    writeFileSync(path.join(dir, "bieu.xlsx"), xlsx);
    const run = spawnSync(
      "libreoffice",
      ["--headless", "--convert-to", "pdf", "--outdir", dir, path.join(dir, "bieu.xlsx")],
      {
        timeout: 120000,
        env: { ...process.env, HOME: dir },
      },
    );
    expect(run.status).toBe(0);
    expect(statSync(path.join(dir, "bieu.pdf")).size).toBeGreaterThan(10000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
