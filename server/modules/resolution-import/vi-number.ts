/**
 * Numbers as resolutions write them: "." groups thousands ("4.400.000"), "," marks decimals
 * ("7,5"). A "." followed by one or two digits ("7.5") is read as a decimal point, and said so.
 */

/** One number in a text, in the Vietnamese or (flagged) English way. */
export const NUMBER_SOURCE = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+\.\d{1,2}(?![\d.])|\d+(?:,\d+)?`;

export interface ParsedNumber {
  /** Exact decimal string, as the Decimal scalar carries it: "7.5", "4400000". */
  value: string;
  /** True when the text used "." as a decimal point, the English way. */
  englishDecimal: boolean;
}

export function parseViNumber(text: string): ParsedNumber {
  const englishDecimal = /^\d+\.\d{1,2}$/.test(text);
  const plain = englishDecimal ? text : text.replace(/\./g, "").replace(",", ".");
  const [whole, fraction = ""] = plain.split(".");
  const w = whole.replace(/^0+(?=\d)/, "");
  const f = fraction.replace(/0+$/, "");
  return { value: f ? `${w}.${f}` : w, englishDecimal };
}

/** Compares two decimal strings without floating point (both non-negative). */
export function compareDecimal(a: string, b: string): number {
  const [aw, af = ""] = a.split(".");
  const [bw, bf = ""] = b.split(".");
  if (aw.length !== bw.length) return aw.length - bw.length;
  if (aw !== bw) return aw < bw ? -1 : 1;
  const len = Math.max(af.length, bf.length);
  const x = af.padEnd(len, "0");
  const y = bf.padEnd(len, "0");
  return x === y ? 0 : x < y ? -1 : 1;
}
