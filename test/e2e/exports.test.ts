/**
 * Exports as people use them: a "Biểu chỉ tiêu" button on the dashboard and
 * the congress page (the year starts at the term's last year with data), and
 * a list's "Xuất dữ liệu" that opens in LibreOffice with its diacritics, one
 * row per record, and nothing of the browser's internals (__typename, ids).
 */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { DEMO_PASSWORD } from "../../server/seed/accounts";
import { accounts, callers } from "../helpers/fixtures";
import { startTestServer, type TestServer } from "../helpers/server";
import { launchBrowser, Panel } from "./browser";

jest.setTimeout(180_000);

/** LibreOffice reads the CSV (UTF-8, comma) and writes XLSX; the rows as it read them. */
async function throughLibreOffice(csvFile: string, dir: string): Promise<string[][]> {
  const run = spawnSync(
    "libreoffice",
    ["--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", dir, csvFile],
    { timeout: 120_000, env: { ...process.env, HOME: dir } },
  );
  expect(run.status).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(csvFile.replace(/\.csv$/, ".xlsx"));
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ""))),
  );
  return rows;
}

describe("exports from the panel", () => {
  let t: TestServer;
  let browser: Browser;
  let panel: Panel;
  let dir: string;

  beforeAll(async () => {
    t = await startTestServer();
    browser = await launchBrowser();
    panel = new Panel(browser, t.url);
    dir = mkdtempSync(path.join(tmpdir(), "xuat-"));
  });

  afterAll(async () => {
    try {
      rmSync(dir, { recursive: true, force: true });
      await browser?.close();
    } finally {
      await t?.close();
    }
  });

  async function download(page: Page, click: () => Promise<void>, name: string) {
    const [file] = await Promise.all([page.waitForEvent("download"), click()]);
    const target = path.join(dir, name);
    await file.saveAs(target);
    return { target, suggested: file.suggestedFilename() };
  }

  it("downloads the Biểu chỉ tiêu from the dashboard and the congress page, for the last year with data", async () => {
    const admin = await callers(t.client)("admin");
    const { allMeasurements } = await admin.data<{ allMeasurements: { year: number }[] }>(
      `{ allMeasurements(perPage: 1, sortField: "year", sortOrder: "DESC", filter: { status: APPROVED }) { year } }`,
    );
    const lastYear = String(allMeasurements[0].year);
    const page = await panel.signIn(accounts.viewer, DEMO_PASSWORD);
    try {
      const box = page.getByTestId("summary-card").getByTestId("target-table-export");
      await expect(box.getByTestId("target-table-year").inputValue()).resolves.toBe(lastYear);
      const fromDashboard = await download(
        page,
        () => box.getByTestId("target-table-button").click(),
        "bieu.xlsx",
      );
      expect(fromDashboard.suggested).toBe(`bieu-chi-tieu-${lastYear}.xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(fromDashboard.target);
      expect(workbook.worksheets[0].name).toBe("Biểu chỉ tiêu");

      const { allCongresses } = await admin.data<{ allCongresses: { id: string }[] }>(
        `{ allCongresses(filter: { ordinal: 17 }) { id } }`,
      );
      await panel.open(page, `/Congress/${allCongresses[0].id}/show`);
      const onCongress = page.getByTestId("target-table-export");
      await expect(onCongress.getByTestId("target-table-year").inputValue()).resolves.toBe(
        lastYear,
      );
      // Another year can be chosen.
      await onCongress.getByTestId("target-table-year").locator("..").click();
      await page.getByRole("option", { name: "2023" }).click();
      const other = await download(
        page,
        () => onCongress.getByTestId("target-table-button").click(),
        "bieu-2023.xlsx",
      );
      expect(other.suggested).toBe("bieu-chi-tieu-2023.xlsx");
      await panel.screenshot(page, "congress-target-table-button");
      expect(panel.errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it("exports the figure list through the server: LibreOffice reads diacritics, one row per record, no __typename", async () => {
    const page = await panel.signIn(accounts.admin, DEMO_PASSWORD);
    try {
      await panel.open(page, "/Measurement");
      await page.getByTestId("figure-list").locator("tbody tr").first().waitFor();
      const total = Number(
        (await page.locator(".MuiTablePagination-displayedRows").textContent())?.match(
          /(\d+)\s*$/,
        )?.[1],
      );
      const csv = await download(page, () => page.getByTestId("export-csv").click(), "so-lieu.csv");
      expect(csv.suggested).toBe("Measurement.csv");
      const rows = await throughLibreOffice(csv.target, dir);
      expect(rows[0].slice(0, 4)).toEqual(["Chỉ tiêu thành phần", "Cơ quan báo cáo", "Năm", "Kỳ"]);
      expect(rows).toHaveLength(total + 1);
      const text = rows.flat().join("\n");
      expect(text).toContain("Cục Thống kê");
      expect(text).toContain("Đã duyệt");
      expect(text).not.toMatch(/__typename|APPROVED|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/);
      const updated = rows[0].indexOf("Cập nhật");
      expect(rows.slice(1).every((r) => /^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/.test(r[updated]))).toBe(
        true,
      );
      expect(panel.errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
