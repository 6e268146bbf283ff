/**
 * CSV for downloads: UTF-8 with a byte-order mark (so Excel reads Vietnamese
 * correctly), CRLF line ends, fields quoted only when they need it.
 */

/** A cell's text: dates as ISO, objects as JSON, nothing for null. */
export function csvText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** A plain number ("-5", "+3.2", "1e3") is data, not a formula, and stays as it is. */
const NUMBER = /^[-+]?(\d+([.,]\d+)?|[.,]\d+)([eE][-+]?\d+)?$/;

/**
 * OWASP's rule against formula injection (CSV injection cheat sheet): a text that a
 * spreadsheet would read as a formula (beginning with =, +, -, @, tab or carriage return) is
 * written with a leading apostrophe, so Excel and LibreOffice show it as text. Numbers are
 * left alone. Every download's text cells go through this (CSV here, XLSX in its writer).
 */
export function safeCellText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

function field(value: unknown): string {
  const text = safeCellText(csvText(value));
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvDocument(rows: unknown[][]): string {
  return "\uFEFF" + rows.map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}
