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

function field(value: unknown): string {
  const text = csvText(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvDocument(rows: unknown[][]): string {
  return "\uFEFF" + rows.map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}
