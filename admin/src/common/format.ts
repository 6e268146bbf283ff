/**
 * Numbers as the province writes them: 7,5% and 4.400.000 in Vietnamese
 * (Intl "vi-VN"), 7.5% and 4,400,000 in English. Values travel as exact
 * decimal strings; they become numbers only for display and charts.
 */

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
 * Reads a number typed by a person: "7,5" and "7.5" are seven and a half;
 * "4.400.000" and "4 400 000" are four million four hundred thousand.
 * Returns a plain decimal string ("7.5") or null when it is not a number.
 */
export function parseDecimal(input: string | number | null | undefined): string | null {
  if (input === null || input === undefined) return null;
  let text = String(input)
    .trim()
    .replace(/[\s\u00a0]/g, "")
    .replace(/^−/, "-");
  if (text === "") return null;
  if (text.includes(",")) {
    // Vietnamese: dots group thousands, the comma is the decimal mark.
    if (text.indexOf(",") !== text.lastIndexOf(",")) return null;
    text = text.replace(/\./g, "").replace(",", ".");
  } else if (/^-?\d{1,3}(\.\d{3}){2,}$/.test(text)) {
    // 4.400.000: more than one dot can only be grouping.
    text = text.replace(/\./g, "");
  }
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return text.replace(/^(-?)0+(?=\d)/, "$1");
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
