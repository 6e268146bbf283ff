/**
 * Numbers as the province writes them: 7,5% and 4.400.000 in Vietnamese
 * (Intl "vi-VN"), 7.5% and 4,400,000 in English. Values travel as exact
 * decimal strings; they become numbers only for display and charts.
 */

import { readNumber } from "../../../server/common/numbers";

export type Locale = "vi" | "en";

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${maximumFractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === "en" ? "en-US" : "vi-VN", { maximumFractionDigits });
    formatters.set(key, f);
  }
  return f;
}

export function toNumber(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === "") return null;
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

export function formatNumber(
  value: string | number | null | undefined,
  locale: string,
  maximumFractionDigits = 2,
): string {
  const n = toNumber(value);
  return n === null ? "—" : formatter(locale, maximumFractionDigits).format(n);
}

/** A value with its unit: "7,5%", "4.400.000 lượt người". */
export function formatValue(
  value: string | number | null | undefined,
  unit: string | undefined,
  locale: string,
): string {
  const n = toNumber(value);
  if (n === null) return "—";
  const text = formatNumber(n, locale);
  if (!unit) return text;
  return unit === "%" ? `${text}%` : `${text} ${unit}`;
}

/** A change between two figures, signed: "+0,5", "−120.000". */
export function formatChange(change: number | null, locale: string): string {
  if (change === null) return "—";
  const sign = change > 0 ? "+" : change < 0 ? "−" : "±";
  return `${sign}${formatNumber(Math.abs(change), locale)}`;
}

/**
 * Reads a number with the one reader the server uses (server/common/numbers.ts): "3.120" is
 * 3120 and "7,5" is 7.5 in Vietnamese; English when `locale` is "en"; without a locale, as a
 * file has it (Vietnamese, plus the decimal point of "7.5"). A plain decimal string, or null.
 */
export function parseDecimal(
  input: string | number | null | undefined,
  locale?: string,
): string | null {
  if (input === null || input === undefined || input === "") return null;
  const read = readNumber(input, locale === "en" ? "en" : locale === "vi" ? "vi" : "file");
  return read.ok ? read.value : null;
}

/** 28/11/2025 (a calendar date is shown as is; a moment in Vietnam's time). */
export function formatDate(value: string | null | undefined, locale: string): string {
  if (!value) return "—";
  const [y, m, d] = value.slice(0, 10).split("-");
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${d}/${m}/${y}`;
  return new Date(value).toLocaleDateString(locale === "en" ? "en-GB" : "vi-VN", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  });
}

/** 28/11/2025 14:05, in Vietnam's time. */
export function formatDateTime(value: string | null | undefined, locale: string): string {
  if (!value) return "—";
  const date = new Date(value);
  const time = date.toLocaleTimeString("en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
    hour: "2-digit",
    minute: "2-digit",
  });
  // As Vietnamese documents write a moment: "14:05 01/12/2026".
  return `${time} ${formatDate(value, locale)}`;
}

/** Today in Vietnam, as YYYY-MM-DD. */
export function vietnamToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
}

/** 17 → XVII, as congresses are numbered. */
export function roman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = n;
  let out = "";
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
