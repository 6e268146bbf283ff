/**
 * Numbers as Vietnamese official documents write them: "4.400.000", "7,5", "7–7,5%".
 * Used for every number that ends up in a user-facing sentence, so that verdict reasons
 * read like the province's own reports.
 */
import { formatNumber } from "./numbers";

// The one number writer (numbers.ts) formats; this file words numbers for sentences.
/**
 * "4.400.000", "7,5", "7,07" (from 7.0707), "-5". Trailing zeros are dropped, as in the
 * resolution ("7 – 7,5%", not "7,00 – 7,50%").
 */
export function formatNumberVi(value: number, maxFractionDigits = 2): string {
  // "NaN" or "∞" in an official sentence is worse than a failure the caller must handle.
  if (!Number.isFinite(value)) {
    throw new RangeError(`Không định dạng được giá trị không hữu hạn: ${value}`);
  }
  if (!Number.isInteger(maxFractionDigits) || maxFractionDigits < 0 || maxFractionDigits > 20) {
    throw new RangeError(`Số chữ số thập phân không hợp lệ: ${maxFractionDigits}`);
  }
  // numbers.ts never prints "-0" for a negative value that rounds to zero.
  return formatNumber(value, "vi", maxFractionDigits);
}

/** "7,07%": Vietnamese texts glue the percent sign to the number. */
export function formatPercentVi(value: number, digits = 2): string {
  return `${formatNumberVi(value, digits)}%`;
}

/** Joins a formatted number and its unit: "%" is glued, any other unit follows a space. */
function withUnit(text: string, unit: string): string {
  const trimmed = unit.trim();
  if (trimmed === "") return text;
  if (trimmed.startsWith("%")) return `${text}${trimmed}`;
  return `${text} ${trimmed}`;
}

/** "66%", "4.400.000 lượt người", "9.000 ha". */
export function formatWithUnitVi(value: number, unit: string, maxFractionDigits = 2): string {
  return withUnit(formatNumberVi(value, maxFractionDigits), unit);
}

/**
 * "7–7,5%", "2.900–3.000 USD/người": an en dash without spaces (a hyphen would read as a minus
 * sign), and the unit written once, after the upper bound.
 */
export function formatRangeVi(
  min: number,
  max: number,
  unit: string,
  maxFractionDigits = 2,
): string {
  const from = formatNumberVi(min, maxFractionDigits);
  const to = formatNumberVi(max, maxFractionDigits);
  return withUnit(`${from}–${to}`, unit);
}
