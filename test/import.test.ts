/**
 * Bulk import: a 1,000-row XLSX with 3 bad rows writes nothing and names the
 * 3 rows; fixed, it writes all 1,000 in one transaction, audited as a batch.
 */
import ExcelJS from "exceljs";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { GraphQLClient } from "./helpers/client";
import { callers } from "./helpers/fixtures";
import { root } from "./helpers/process";
import { startTestServer, type TestServer } from "./helpers/server";

const IMPORT = `mutation($f: String!, $c: String!, $dry: Boolean!, $submit: Boolean) {
  importMeasurements(filename: $f, contentBase64: $c, dryRun: $dry, submit: $submit) {
    dryRun written batchId created updated failed rows { row action errors { field message } } } }`;

interface Result {
  dryRun: boolean;
  written: boolean;
  batchId: string | null;
  created: number;
  updated: number;
  failed: number;
  rows: { row: number; action: string; errors: { field: string; message: string }[] }[];
}

const CODES = [
  "1.a",
  "2.a",
  "2.b",
  "2.c",
  "2.d",
  "3.a",
  "4.a",
  "4.b",
  "5.a",
  "6.a",
  "7.a",
  "8.a",
  "9.a",
  "9.b",
  "10.a",
  "11.a",
  "12.a",
  "12.b",
  "12.c",
  "12.d",
  "13.a",
  "14.a",
  "15.a",
  "15.b",
  "15.c",
  "15.d",
  "16.a",
  "16.b",
  "17.a",
  "18.a",
  "18.b",
  "19.a",
  "20.a",
  "20.b",
  "20.c",
];

/** 1,000 distinct quarterly estimates of Cục Thống kê (the seed has none). */
function rows(): (string | number)[][] {
  const out: (string | number)[][] = [];
  for (const code of CODES) {
    for (const year of [2020, 2021, 2022, 2023, 2024, 2025]) {
      for (const period of ["Q1", "Q2", "Q3", "Q4"]) {
        for (const kind of ["Ước tính", "Chính thức"]) {
          if (out.length < 1000)
            out.push([code, "CTK", year, period, "50", kind, "Báo cáo quý của Cục Thống kê"]);
        }
      }
    }
  }
  return out;
}

async function xlsx(body: (string | number)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Số liệu");
  sheet.addRow(["Mã chỉ tiêu", "Mã cơ quan", "Năm", "Kỳ", "Giá trị", "Loại số liệu", "Nguồn"]);
  for (const row of body) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
}

describe("bulk import of figures", () => {
  let t: TestServer;
  let admin: GraphQLClient;
  beforeAll(async () => {
    t = await startTestServer();
    admin = await callers(t.client)("admin");
  });
  afterAll(() => t?.close());

  const counts = async () =>
    (
      await t.db.query(
        `SELECT (SELECT count(*) FROM measurement)::int AS m, (SELECT count(*) FROM audit_event)::int AS a`,
      )
    )[0];

  it("names the 3 bad rows of 1,000 and writes nothing; fixed, writes all 1,000 in one go", async () => {
    const body = rows();
    const bad = body.map((r) => [...r]);
    bad[10][0] = "99.z"; // unknown indicator: file row 12
    bad[500][2] = 2019; // before the term: row 502
    bad[999][4] = "năm mươi"; // not a number: row 1001
    const before = await counts();
    const dry = (
      await admin.data<{ importMeasurements: Result }>(IMPORT, {
        f: "so-lieu.xlsx",
        c: await xlsx(bad),
        dry: false,
      })
    ).importMeasurements;
    expect(dry).toMatchObject({ written: false, batchId: null, failed: 3, created: 997 });
    expect(
      dry.rows.filter((r) => r.action === "ERROR").map((r) => [r.row, r.errors[0].field]),
    ).toEqual([
      [12, "indicatorCode"],
      [502, "year"],
      [1001, "value"],
    ]);
    expect(await counts()).toEqual(before);

    const done = (
      await admin.data<{ importMeasurements: Result }>(IMPORT, {
        f: "so-lieu.xlsx",
        c: await xlsx(body),
        dry: false,
      })
    ).importMeasurements;
    expect(done).toMatchObject({ written: true, failed: 0, created: 1000 });
    const after = await counts();
    expect(after.m - before.m).toBe(1000);
    expect(after.a - before.a).toBe(1001); // one event per row and one for the batch
    const [batch] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE reason = $1`,
      [`Nhập hàng loạt ${done.batchId}`],
    );
    expect(batch.n).toBe(1001);
  });

  it("reads CSV with Vietnamese numbers and reports a dry run without writing", async () => {
    const reporter = await callers(t.client)("reporterCtk");
    const csv =
      "\uFEFFMã chỉ tiêu;Năm;Kỳ;Giá trị;Nguồn\n3.a;2025;YEAR;2.950,5;Niên giám\n12.a;2025;YEAR;190;Sở Y tế\n";
    const before = await counts();
    const result = (
      await reporter.data<{ importMeasurements: Result }>(IMPORT, {
        f: "so-lieu.csv",
        c: Buffer.from(csv).toString("base64"),
        dry: true,
      })
    ).importMeasurements;
    expect(result).toMatchObject({ dryRun: true, written: false, created: 1, failed: 1 });
    expect(result.rows[1].errors[0].message).toMatch(/không được giao/); // 12.a is Sở Y tế's, not CTK's
    expect(await counts()).toEqual(before);
  });

  it("runs from the command line with an API token", async () => {
    const { createApiToken } = await (
      await callers(t.client)("reporterCtk")
    ).data<{ createApiToken: { token: string } }>(
      `mutation { createApiToken(name: "nhập liệu", scopes: ["submit"]) { token } }`,
    );
    const dir = mkdtempSync(path.join(tmpdir(), "import-"));
    try {
      const file = path.join(dir, "so-lieu.csv");
      writeFileSync(
        file,
        "Mã chỉ tiêu,Năm,Kỳ,Giá trị,Loại số liệu,Nguồn\n3.a,2024,YEAR,2800,Chính thức,Niên giám 2024\n",
      );
      // Asynchronously: the server answering the CLI runs in this very process.
      const run = await promisify(execFile)(
        process.execPath,
        [path.join(root, "dist", "server", "cli", "import.js"), file, "--commit", "--submit"],
        {
          env: { ...process.env, API_TOKEN: createApiToken.token, API_URL: t.url },
          encoding: "utf8",
          timeout: 30000,
        },
      );
      expect(run.stdout).toContain("1 tạo mới");
      expect(run.stdout).toContain("Đã ghi toàn bộ");
      const [row] = await t.db.query(
        `SELECT status, value FROM measurement WHERE year = 2024 AND value = 2800`,
      );
      expect(row).toEqual({ status: "SUBMITTED", value: "2800" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
