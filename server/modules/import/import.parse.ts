/**
 * Reads a figures file as a statistics office has it: CSV (UTF-8, with or
 * without BOM, comma or semicolon) or XLSX (first sheet). Headers may be
 * Vietnamese or English; numbers may be written the Vietnamese way
 * ("4.400.000", "7,5") or the English way ("7.5").
 */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { badInput } from "../../common/errors";

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
  if (body.length > MAX_ROWS)
    throw badInput(
      "file",
      `Tối đa ${MAX_ROWS.toLocaleString("vi-VN")} dòng (at most ${MAX_ROWS} rows)`,
    );
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
      parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][],
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

export async function parseXlsx(buffer: Buffer): Promise<RawRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as never);
  } catch {
    throw badInput("file", "Tệp XLSX không đọc được (not a valid XLSX file)");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw badInput("file", "Tệp XLSX không có trang tính (no worksheet)");
  const matrix: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const value = cell.value;
      cells[column - 1] =
        value === null || value === undefined
          ? ""
          : typeof value === "object" && "result" in value
            ? String(value.result ?? "")
            : typeof value === "object" && "text" in value
              ? String(value.text)
              : typeof value === "number"
                ? numberCellText(value)
                : String(value);
    });
    matrix.push(cells);
  });
  return toRows(matrix);
}
