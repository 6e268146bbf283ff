/** The target table as an XLSX workbook (exceljs) and as CSV (UTF-8 with BOM, for Excel). */
import ExcelJS from "exceljs";
import { csvDocument, safeCellText as text } from "../../common/csv";
import type { TargetTable } from "./target-table";

const HEADERS = ["STT", "Chỉ tiêu", "Mục tiêu", "Đơn vị"];
const TAIL = ["Đánh giá", "Lý do", "Cơ quan chủ trì", "Xác nhận số liệu"];

function cellText(row: TargetTable["rows"][number], year: number): string {
  const cell = row.years[year];
  return cell ? `${cell.value}${cell.estimate ? " (ƯT)" : ""}` : "";
}

function stamps(table: TargetTable, row: TargetTable["rows"][number]): string {
  return table.years
    .map((y) => (row.years[y] ? `${y}: ${row.years[y]!.stamp}` : null))
    .filter(Boolean)
    .join("\n");
}

export async function targetTableXlsx(table: TargetTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Theo dõi thực hiện Nghị quyết";
  const sheet = workbook.addWorksheet("Biểu chỉ tiêu", {
    pageSetup: {
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
    views: [{ state: "frozen", ySplit: 3 }],
  });
  const columns = [...HEADERS, ...table.years.map(String), ...TAIL];
  sheet.addRow([table.title]).font = { bold: true, size: 13 };
  sheet.addRow([table.subtitle]).font = { italic: true };
  const header = sheet.addRow(columns);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  for (const row of table.rows) {
    // Text cells follow OWASP's formula-injection rule as in the CSV (common/csv.ts).
    const added = sheet.addRow([
      text(row.code),
      text(row.name),
      text(row.goal),
      text(row.unit),
      ...table.years.map((y) => cellText(row, y)),
      text(row.verdict),
      text(row.reason),
      text(row.lead),
      text(stamps(table, row)),
    ]);
    added.alignment = { vertical: "top", wrapText: true };
    if (row.level === "target") added.font = { bold: true };
  }
  const widths = [6, 40, 28, 12, ...table.years.map(() => 12), 14, 50, 22, 40];
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  // Spreadsheet programs do not grow rows for wrapped text on their own: size them here.
  sheet.eachRow((row, number) => {
    if (number < 3) return;
    let lines = 1;
    row.eachCell((cell, column) => {
      const text = String(cell.value ?? "");
      const perLine = Math.max(1, Math.floor(widths[column - 1] * (row.font?.bold ? 0.9 : 1.1)));
      const needed = text
        .split("\n")
        .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
      lines = Math.max(lines, needed);
    });
    row.height = 15 * lines;
  });
  sheet.mergeCells(1, 1, 1, columns.length);
  sheet.mergeCells(2, 1, 2, columns.length);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function targetTableCsv(table: TargetTable): string {
  const lines = [[...HEADERS, ...table.years.map(String), ...TAIL]];
  for (const row of table.rows) {
    lines.push([
      row.code,
      row.name,
      row.goal,
      row.unit,
      ...table.years.map((y) => cellText(row, y)),
      row.verdict,
      row.reason,
      row.lead,
      stamps(table, row),
    ]);
  }
  return csvDocument(lines);
}
