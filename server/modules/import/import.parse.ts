/**
 * Reads a figures file as a statistics office has it: CSV (UTF-8, with or
 * without BOM, comma or semicolon) or XLSX (first sheet). Headers may be
 * Vietnamese or English; numbers may be written the Vietnamese way
 * ("4.400.000", "7,5") or the English way ("7.5").
 */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { Readable } from "node:stream";
import { GraphQLError } from "graphql";
import { badInput } from "../../common/errors";
import { zipEntrySizes } from "./zip-sizes";

export interface RawRow {
  /** Row number in the file, counting the header as row 1. */
  row: number;
  fields: Partial<Record<ImportField, string>>;
}

export type ImportField =
  | "indicatorCode"
  | "agencyCode"
  | "year"
  | "period"
  | "value"
  | "valueKind"
  | "source"
  | "note"
  | "evidenceUrl";

/** Accepted header names (lower case, without diacritics folding). */
const HEADERS: Record<string, ImportField> = {
  "mã chỉ tiêu": "indicatorCode",
  "chỉ tiêu": "indicatorCode",
  indicatorcode: "indicatorCode",
  indicator: "indicatorCode",
  code: "indicatorCode",
  "mã cơ quan": "agencyCode",
  "cơ quan": "agencyCode",
  agencycode: "agencyCode",
  agency: "agencyCode",
  năm: "year",
  year: "year",
  kỳ: "period",
  "kỳ báo cáo": "period",
  period: "period",
  "giá trị": "value",
  "số liệu": "value",
  value: "value",
  "loại số liệu": "valueKind",
  loại: "valueKind",
  valuekind: "valueKind",
  kind: "valueKind",
  nguồn: "source",
  source: "source",
  "ghi chú": "note",
  note: "note",
  "minh chứng": "evidenceUrl",
  evidenceurl: "evidenceUrl",
  evidence: "evidenceUrl",
};

export const MAX_ROWS = 10_000;
/**
 * The largest uncompressed worksheet (and all parts together) an XLSX may have: 10,000 rows
 * of the template take about 2 MB, so this leaves room for wide sheets, and it is checked
 * from the zip's directory before anything is inflated (a 3 MB file can unpack to 100 MB).
 */
export const MAX_SHEET_BYTES = 20 * 1024 * 1024;
export const MAX_UNPACKED_BYTES = 40 * 1024 * 1024;

function tooManyRows() {
  return badInput(
    "file",
    `Tối đa ${MAX_ROWS.toLocaleString("vi-VN")} dòng (at most ${MAX_ROWS} rows)`,
  );
}

function field(header: string): ImportField | undefined {
  return HEADERS[header.trim().toLowerCase().normalize("NFC")];
}

function toRows(matrix: string[][]): RawRow[] {
  const [header, ...body] = matrix;
  if (!header) throw badInput("file", "Tệp trống (the file is empty)");
  const columns = header.map((h) => field(String(h ?? "")));
  if (
    !columns.includes("indicatorCode") ||
    !columns.includes("value") ||
    !columns.includes("year")
  ) {
    throw badInput(
      "file",
      'Dòng đầu phải có các cột "Mã chỉ tiêu", "Năm" và "Giá trị" (the header needs indicatorCode, year and value columns)',
    );
  }
  if (body.length > MAX_ROWS) throw tooManyRows();
  const rows: RawRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((c) => String(c ?? "").trim() === "")) return; // blank line
    const fields: RawRow["fields"] = {};
    columns.forEach((name, i) => {
      if (name) fields[name] = String(cells[i] ?? "").trim();
    });
    rows.push({ row: index + 2, fields });
  });
  return rows;
}

export function parseCsv(buffer: Buffer): RawRow[] {
  const text = buffer.toString("utf8").replace(/^\uFEFF/, "");
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  try {
    return toRows(
      // Reading stops at the first record past the limit: a huge file costs no more than that.
      parse(text, {
        delimiter,
        relax_column_count: true,
        skip_empty_lines: true,
        to: MAX_ROWS + 2,
      }) as string[][],
    );
  } catch (error) {
    if (error instanceof Error && "code" in error && String(error.code).startsWith("CSV_")) {
      throw badInput("file", `Tệp CSV không đọc được: ${error.message}`);
    }
    throw error;
  }
}

/**
 * A numeric cell as text the number reader reads back exactly: 1.234 (one point two three four)
 * would read as 1234 the Vietnamese way, so a fraction of exactly three digits gets a trailing
 * zero ("1.2340"), which can only be a decimal point.
 */
export function numberCellText(value: number): string {
  const text = String(value);
  return /^-?\d+\.\d{3}$/.test(text) ? `${text}0` : text;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("result" in value) return String(value.result ?? "");
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value) return String(value.text);
  }
  if (typeof value === "number") return numberCellText(value);
  return String(value);
}

/** Checks the unpacked sizes first, then streams the first sheet, stopping past MAX_ROWS. */
export async function parseXlsx(buffer: Buffer): Promise<RawRow[]> {
  const sizes = zipEntrySizes(buffer);
  if (!sizes) throw badInput("file", "Tệp XLSX không đọc được (not a valid XLSX file)");
  const sheets = [...sizes].filter(([name]) => /^xl\/worksheets\/[^/]+\.xml$/.test(name));
  const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  if (sheets.some(([, size]) => size > MAX_SHEET_BYTES) || total > MAX_UNPACKED_BYTES) {
    throw badInput(
      "file",
      `Tệp XLSX quá lớn khi giải nén (over ${MAX_SHEET_BYTES / 1024 / 1024} MB per sheet or ${MAX_UNPACKED_BYTES / 1024 / 1024} MB in all, unpacked); tối đa ${MAX_ROWS.toLocaleString("vi-VN")} dòng (at most ${MAX_ROWS} rows)`,
    );
  }
  const matrix: string[][] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
    sharedStrings: "cache",
    worksheets: "emit",
    hyperlinks: "ignore",
    styles: "ignore",
    entries: "ignore",
  });
  let sawSheet = false;
  try {
    for await (const sheet of reader) {
      if (sawSheet) break;
      sawSheet = true;
      for await (const row of sheet) {
        const values = row.values as ExcelJS.CellValue[];
        // Row numbers may skip empty rows: keep the file's numbering (the header is row 1).
        while (matrix.length < row.number - 1) matrix.push([]);
        matrix.push(values.slice(1).map(cellText));
        if (matrix.length > MAX_ROWS + 1) throw tooManyRows();
      }
    }
  } catch (error) {
    if (error instanceof GraphQLError) throw error;
    throw badInput("file", "Tệp XLSX không đọc được (not a valid XLSX file)");
  }
  if (!sawSheet) throw badInput("file", "Tệp XLSX không có trang tính (no worksheet)");
  return toRows(matrix);
}
