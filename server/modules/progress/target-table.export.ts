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

/** Both verdicts where the province's own differs from the computed one. */
function verdictText(row: TargetTable["rows"][number]): string {
  return row.assessed ? `${row.verdict}\n${row.assessed}` : row.verdict;
}

/** The reason, with the methodology notes (changed measures, conversions) beside it. */
function reasonText(row: TargetTable["rows"][number]): string {
  return row.notes ? `${row.reason}\nLưu ý: ${row.notes}` : row.reason;
}

/**
 * A figure as a spreadsheet number, formatted the Vietnamese way ([$-42A] is Vietnamese):
 * as many decimals as reported, and "(ƯT)" for an estimate written by the format, so the cell
 * still sums and charts.
 */
function numberCell(row: TargetTable["rows"][number], year: number): ExcelJS.CellValue {
  const cell = row.years[year];
  return cell ? Number(cell.decimal) : null;
}

function numberFormat(decimal: string, estimate: boolean): string {
  const decimals = decimal.split(".")[1]?.length ?? 0;
  const body = decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
  return `[$-42A]${body}${estimate ? '" (ƯT)"' : ""}`;
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
      ...table.years.map((y) => numberCell(row, y)),
      text(verdictText(row)),
      text(reasonText(row)),
      text(row.lead),
      text(stamps(table, row)),
    ]);
    added.alignment = { vertical: "top", wrapText: true };
    table.years.forEach((y, index) => {
      const cell = row.years[y];
      if (cell)
        added.getCell(HEADERS.length + index + 1).numFmt = numberFormat(
          cell.decimal,
          cell.estimate,
        );
    });
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
      verdictText(row),
      reasonText(row),
      row.lead,
      stamps(table, row),
    ]);
  }
  return csvDocument(lines);
}
