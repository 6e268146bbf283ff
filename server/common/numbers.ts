/**
 * The one number reader and writer of the tracker, compiled by the server (import, exports,
 * progress reasons) and by the admin (the figure form): no Node or browser imports here.
 *
 * Vietnamese (`vi`): "." groups thousands, "," marks decimals: "3.120" is 3120, "7,5" is 7.5,
 * "1.234.567,5". English (`en`): the other way round: "1,234.5". Spaces, non-breaking and
 * thin spaces are ignored ("4 400 000"); "−" (U+2212) is a minus sign.
 *
 * Ambiguity is refused, never guessed, with a message that says how the text was read:
 * - "12.5" in Vietnamese: a dot must be followed by groups of exactly three digits, so this is
 *   refused ("write 12,5 for twelve and a half"). "3,120" in Vietnamese is 3,12 as stated; the
 *   form shows "3,12" before saving and asks to confirm a value ten times off its goal.
 * - `file` (imported CSV/XLSX, no language chosen): Vietnamese, except that a lone dot not
 *   followed by exactly three digits ("12.5", "7.25") is the decimal point spreadsheets write,
 *   and an English grouping with a decimal point ("1,234.5") is read as English. "1,234" alone
 *   could be either (1,234 or 1234) and is refused.
 */

export type NumberLocale = "vi" | "en";
export type ReadMode = NumberLocale | "file";

export type NumberRead =
  | { ok: true; /** A plain decimal string: "3120", "-2.3", "0.5". */ value: string }
  | {
      ok: false;
      /** Vietnamese, naming the text and how it was read. */ message: string;
      messageEn: string;
    };

const SPACES = /[\s\u00a0\u2007\u2009\u202f]/g;

/** "007.50" → "7.5", "-0" → "0". */
function normalize(sign: string, integer: string, fraction: string): string {
  const int = integer.replace(/^0+(?=\d)/, "");
  const frac = fraction.replace(/0+$/, "");
  const body = frac ? `${int}.${frac}` : int;
  return /^0(\.0*)?$/.test(body) ? "0" : `${sign}${body}`;
}

function refuse(text: string, vi: string, en: string): NumberRead {
  return {
    ok: false,
    message: `“${text}” không đọc được: ${vi}`,
    messageEn: `“${text}” was not read: ${en}`,
  };
}

/** Reads a number as a person typed it, in the given language (or as a file has it). */
export function readNumber(input: string | number | null | undefined, mode: ReadMode): NumberRead {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return refuse(String(input), "không phải là số", "not a number");
    // A number from a spreadsheet cell: exact as JavaScript prints it (no exponent up to 1e21).
    const text = String(input);
    if (/e/i.test(text)) return refuse(text, "số quá lớn hoặc quá nhỏ", "too large or too small");
    const [, sign, int, frac = ""] = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text)!;
    return { ok: true, value: normalize(sign, int, frac) };
  }
  const original = String(input ?? "").trim();
  const text = original.replace(SPACES, "").replace(/^[−–]/, "-").replace(/^\+/, "");
  if (text === "") return refuse(original, "ô trống", "empty");
  const signed = /^(-?)(.*)$/.exec(text)!;
  const sign = signed[1];
  const body = signed[2];
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) {
    return refuse(
      original,
      "chỉ được có chữ số, dấu chấm và dấu phẩy",
      "only digits, dots and commas may appear",
    );
  }

  const viGrouped = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(body);
  const enGrouped = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/.exec(body);
  const commaDecimal = /^(\d+),(\d+)$/.exec(body);
  const dotDecimal = /^(\d+)\.(\d+)$/.exec(body);

  if (/^\d+$/.test(body)) return { ok: true, value: normalize(sign, body, "") };

  if (mode === "vi" || mode === "file") {
    if (viGrouped)
      return {
        ok: true,
        value: normalize(sign, viGrouped[1].replace(/\./g, ""), viGrouped[2] ?? ""),
      };
    if (mode === "file" && enGrouped && enGrouped[2] === undefined) {
      return refuse(
        original,
        `có thể là ${body} (dấu phẩy thập phân) hoặc ${body.replace(/,/g, "")} (dấu phẩy ngăn cách hàng nghìn); hãy viết rõ, ví dụ ${body.replace(/,/g, ".")}`,
        `could be a decimal comma or thousands separators; write it unambiguously, e.g. ${body.replace(/,/g, "")}`,
      );
    }
    if (commaDecimal) return { ok: true, value: normalize(sign, commaDecimal[1], commaDecimal[2]) };
    if (mode === "file") {
      if (dotDecimal) return { ok: true, value: normalize(sign, dotDecimal[1], dotDecimal[2]) };
      if (enGrouped && enGrouped[2] !== undefined) {
        return { ok: true, value: normalize(sign, enGrouped[1].replace(/,/g, ""), enGrouped[2]) };
      }
    }
    if (dotDecimal) {
      return refuse(
        original,
        `dấu chấm ngăn cách hàng nghìn phải đứng trước đúng 3 chữ số (3.120 là ba nghìn một trăm hai mươi); số thập phân viết bằng dấu phẩy: ${dotDecimal[1]},${dotDecimal[2]}`,
        `in Vietnamese a dot groups thousands (3.120 is 3120); a decimal is written with a comma: ${dotDecimal[1]},${dotDecimal[2]}`,
      );
    }
    if (enGrouped) {
      return refuse(
        original,
        "có vẻ viết kiểu tiếng Anh (dấu phẩy ngăn cách hàng nghìn); trong tiếng Việt viết 1.234,5",
        "looks English (comma grouping); in Vietnamese write 1.234,5",
      );
    }
    return refuse(
      original,
      "dấu chấm ngăn cách hàng nghìn theo nhóm 3 chữ số, một dấu phẩy thập phân (ví dụ 1.234.567,5)",
      "dots group thousands in threes, one decimal comma (e.g. 1.234.567,5)",
    );
  }

  // English.
  if (enGrouped)
    return { ok: true, value: normalize(sign, enGrouped[1].replace(/,/g, ""), enGrouped[2] ?? "") };
  if (dotDecimal) return { ok: true, value: normalize(sign, dotDecimal[1], dotDecimal[2]) };
  if (commaDecimal) {
    return refuse(
      original,
      `trong tiếng Anh dấu phẩy ngăn cách hàng nghìn theo nhóm 3 chữ số; số thập phân viết ${commaDecimal[1]}.${commaDecimal[2]}`,
      `in English a comma groups thousands in threes; write the decimal as ${commaDecimal[1]}.${commaDecimal[2]}`,
    );
  }
  if (viGrouped) {
    return refuse(
      original,
      "có vẻ viết kiểu tiếng Việt; trong tiếng Anh viết 1,234.5",
      "looks Vietnamese (dot grouping); in English write 1,234.5",
    );
  }
  return refuse(
    original,
    "dấu phẩy ngăn cách hàng nghìn theo nhóm 3 chữ số, một dấu chấm thập phân (ví dụ 1,234,567.5)",
    "commas group thousands in threes, one decimal point (e.g. 1,234,567.5)",
  );
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: NumberLocale, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${maximumFractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === "en" ? "en-US" : "vi-VN", { maximumFractionDigits });
    formatters.set(key, f);
  }
  return f;
}

/** "4.400.000", "7,5" (vi); "4,400,000", "7.5" (en). Trailing zeros dropped; never "-0". */
export function formatNumber(
  value: number,
  locale: NumberLocale,
  maximumFractionDigits = 2,
): string {
  if (!Number.isFinite(value)) throw new RangeError(`Không định dạng được: ${value}`);
  const plain = formatPlainDecimal(value, locale, maximumFractionDigits);
  if (plain !== null) return plain;
  const text = formatter(locale, maximumFractionDigits).format(value);
  return text === "-0" ? "0" : text;
}

/**
 * What `Intl.NumberFormat` writes for `value` (see `formatNumber`), written here without it:
 * the progress rules word every reason with numbers, and ICU's formatter costs more than the
 * rest of a reason. Intl rounds the shortest decimal that reads back as the value (what
 * `String(value)` gives: 1.005 is "1.005", so 2 digits give "1,01"), half away from zero, and
 * groups thousands in threes (vi "." and ",", en "," and "."). Null for a value `String` writes
 * with an exponent (from 1e21, under 1e-6): Intl writes those. numbers.spec.ts compares both.
 */
function formatPlainDecimal(value: number, locale: NumberLocale, digits: number): string | null {
  const text = String(value < 0 ? -value : value);
  if (text.includes("e")) return null;
  const dot = text.indexOf(".");
  let int = dot === -1 ? text : text.slice(0, dot);
  let frac = dot === -1 ? "" : text.slice(dot + 1);
  if (frac.length > digits) {
    const roundUp = frac.charCodeAt(digits) >= 53; // the first dropped digit is 5 or more
    frac = frac.slice(0, digits);
    if (roundUp) {
      const kept = addOneInLastPlace(int + frac);
      int = kept.slice(0, kept.length - frac.length);
      frac = kept.slice(kept.length - frac.length);
    }
  }
  let end = frac.length;
  while (end > 0 && frac.charCodeAt(end - 1) === 48) end--;
  frac = frac.slice(0, end);
  const group = locale === "en" ? "," : ".";
  const mark = locale === "en" ? "." : ",";
  const grouped = int.length > 3 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, group) : int;
  const sign = value < 0 && (int !== "0" || frac !== "") ? "-" : "";
  return `${sign}${grouped}${frac === "" ? "" : `${mark}${frac}`}`;
}

/** "1299" → "1300", "999" → "1000": a string of digits plus one. */
function addOneInLastPlace(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i--; // trailing nines become zeros
  const zeros = "0".repeat(digits.length - 1 - i);
  if (i < 0) return `1${zeros}`;
  return `${digits.slice(0, i)}${String.fromCharCode(digits.charCodeAt(i) + 1)}${zeros}`;
}

/**
 * A stored decimal string written back for a person to edit, every digit kept (no rounding, no
 * float): "3120" → "3.120", "1234567.5" → "1.234.567,5" (vi) or "1,234,567.5" (en).
 */
export function formatDecimal(value: string, locale: NumberLocale): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return value;
  const [, sign, int, frac] = match;
  const group = locale === "en" ? "," : ".";
  const mark = locale === "en" ? "." : ",";
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${grouped}${frac ? `${mark}${frac}` : ""}`;
}

/**
 * True when a value is more than ten times off a reference (a goal, the last approved figure),
 * either way. Values of opposite signs (a fall after a rise) and a zero reference are not
 * compared; a zero value against a non-zero reference is far off.
 */
export function farOff(value: number, reference: number | null | undefined): boolean {
  if (reference === null || reference === undefined || !Number.isFinite(reference)) return false;
  if (reference === 0 || !Number.isFinite(value)) return false;
  if (value === 0) return true;
  if (Math.sign(value) !== Math.sign(reference)) return false;
  const ratio = Math.abs(value) / Math.abs(reference);
  return ratio > 10 || ratio < 0.1;
}
