/**
 * A big upload cannot freeze or kill the server: a 300,000-row XLSX dry run
 * is refused with BAD_USER_INPUT (its unpacked size is read from the zip's
 * directory first) while /healthz keeps answering in under a second; a file
 * under the size limit stops at the first row past 10,000; a CSV likewise.
 */
import ExcelJS from "exceljs";
import { PassThrough } from "node:stream";
import { MAX_ROWS } from "../server/modules/import/import.parse";
import type { GraphQLClient } from "./helpers/client";
import { callers } from "./helpers/fixtures";
import { startTestServer, type TestServer } from "./helpers/server";

const IMPORT = `mutation($f: String!, $c: String!) {
  importMeasurements(filename: $f, contentBase64: $c, dryRun: true) { failed } }`;

/** An XLSX of `count` rows of the import template, written with ExcelJS's streaming writer. */
async function bigXlsx(count: number): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
  const sheet = workbook.addWorksheet("Số liệu");
  sheet.addRow(["Mã chỉ tiêu", "Năm", "Giá trị"]).commit();
  for (let i = 0; i < count; i++) sheet.addRow(["1.a", 2021, i % 10]).commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

/** Polls /healthz every 50 ms while `work` runs; resolves with work's result and the slowest answer. */
async function whileHealthPolled<T>(url: string, work: () => Promise<T>) {
  let slowest = 0;
  let polls = 0;
  let done = false;
  const poller = (async () => {
    while (!done) {
      const started = Date.now();
      const response = await fetch(`${url}/healthz`);
      expect(response.status).toBe(200);
      slowest = Math.max(slowest, Date.now() - started);
      polls++;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  try {
    return { result: await work(), slowest, polls };
  } finally {
    done = true;
    await poller;
  }
}

describe("import limits under a large upload", () => {
  let t: TestServer;
  let reporter: GraphQLClient;
  beforeAll(async () => {
    t = await startTestServer();
    reporter = await callers(t.client)("reporterCtk");
  });
  afterAll(() => t?.close());

  it("refuses a 300,000-row XLSX dry run with BAD_USER_INPUT while /healthz answers in under a second", async () => {
    const file = await bigXlsx(300_000);
    const { result, slowest, polls } = await whileHealthPolled(t.url, () =>
      reporter.errorOf(IMPORT, { f: "so-lieu.xlsx", c: file.toString("base64") }),
    );
    expect(result).toMatchObject({ code: "BAD_USER_INPUT", field: "file" });
    expect(result.message).toMatch(/10\.000 dòng/);
    expect(polls).toBeGreaterThan(0);
    expect(slowest).toBeLessThan(1000);
  }, 120000);

  it("stops reading at the first row past 10,000 of a file small enough to unpack", async () => {
    const file = await bigXlsx(MAX_ROWS + 2000);
    const { result, slowest } = await whileHealthPolled(t.url, () =>
      reporter.errorOf(IMPORT, { f: "so-lieu.xlsx", c: file.toString("base64") }),
    );
    expect(result).toMatchObject({ code: "BAD_USER_INPUT", field: "file" });
    expect(result.message).toMatch(/at most 10000 rows/);
    expect(slowest).toBeLessThan(1000);
  }, 120000);

  it("refuses a 300,000-row CSV with BAD_USER_INPUT without parsing all of it", async () => {
    const csv = "Mã chỉ tiêu,Năm,Giá trị\r\n" + "1.a,2021,5\r\n".repeat(300_000);
    const { result, slowest } = await whileHealthPolled(t.url, () =>
      reporter.errorOf(IMPORT, { f: "so-lieu.csv", c: Buffer.from(csv).toString("base64") }),
    );
    expect(result).toMatchObject({ code: "BAD_USER_INPUT", field: "file" });
    expect(slowest).toBeLessThan(1000);
  }, 120000);

  it("refuses a file over the upload limit by its length, naming the argument and the limit", async () => {
    const result = await reporter.errorOf(IMPORT, { f: "so-lieu.csv", c: "A".repeat(5_600_004) });
    expect(result).toMatchObject({ code: "BAD_USER_INPUT", field: "contentBase64" });
    expect(result.message).toMatch(/5\.600\.000/);
  });
});
