import { farOff, formatDecimal, formatNumber, readNumber, type ReadMode } from "./numbers";

const NBSP = "\u00a0";

describe("readNumber", () => {
  // [typed, mode, stored value, or null when refused]
  it.each<[string, ReadMode, string | null]>([
    // Vietnamese: "." groups thousands, "," marks decimals.
    ["3.120", "vi", "3120"],
    ["3,120", "vi", "3.12"],
    ["1.234,5", "vi", "1234.5"],
    ["0,5", "vi", "0.5"],
    ["-2,3", "vi", "-2.3"],
    ["−2,3", "vi", "-2.3"],
    ["7,5", "vi", "7.5"],
    ["4.400.000", "vi", "4400000"],
    ["1.234.567,5", "vi", "1234567.5"],
    ["4 400 000", "vi", "4400000"],
    [`4${NBSP}400${NBSP}000`, "vi", "4400000"],
    [" 20,28 ", "vi", "20.28"],
    ["007", "vi", "7"],
    ["7,50", "vi", "7.5"],
    ["-0", "vi", "0"],
    ["2900", "vi", "2900"],
    ["12.5", "vi", null],
    ["1,234.5", "vi", null],
    ["1.23.456", "vi", null],
    ["1,2,3", "vi", null],
    ["7,", "vi", null],
    ["abc", "vi", null],
    ["", "vi", null],
    ["3.12e3", "vi", null],
    ["12%", "vi", null],
    ["--5", "vi", null],
    // English: "," groups thousands, "." marks decimals.
    ["1,234.5", "en", "1234.5"],
    ["3,120", "en", "3120"],
    ["3.120", "en", "3.12"],
    ["12.5", "en", "12.5"],
    ["-2.3", "en", "-2.3"],
    ["4,400,000", "en", "4400000"],
    ["1.234,5", "en", null],
    ["7,5", "en", null],
    ["4.400.000", "en", null],
    // A file (CSV/XLSX): Vietnamese, with the spreadsheet decimal point; "1,234" is ambiguous.
    ["3.120", "file", "3120"],
    ["2.950,5", "file", "2950.5"],
    ["12.5", "file", "12.5"],
    ["1,234.5", "file", "1234.5"],
    ["7,5", "file", "7.5"],
    ["1,234", "file", null],
    ["garbage", "file", null],
  ])("%j (%s) → %s", (typed, mode, expected) => {
    const read = readNumber(typed, mode);
    if (expected === null) {
      expect(read.ok).toBe(false);
      if (!read.ok) {
        // The message names the text and says how it was read.
        expect(read.message).toContain(`“${typed.trim()}”`);
        expect(read.messageEn.length).toBeGreaterThan(10);
      }
    } else {
      expect(read).toEqual({ ok: true, value: expected });
    }
  });

  it("tells a Vietnamese reader how to write twelve and a half", () => {
    const read = readNumber("12.5", "vi");
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain("12,5");
  });

  it("reads spreadsheet numbers exactly", () => {
    expect(readNumber(3120, "file")).toEqual({ ok: true, value: "3120" });
    expect(readNumber(7.5, "file")).toEqual({ ok: true, value: "7.5" });
    expect(readNumber(Number.NaN, "file").ok).toBe(false);
  });
});

describe("formatNumber and formatDecimal", () => {
  it.each<[number, "vi" | "en", string]>([
    [4400000, "vi", "4.400.000"],
    [7.5, "vi", "7,5"],
    [4400000, "en", "4,400,000"],
    [7.5, "en", "7.5"],
    [-0.001, "vi", "0"],
  ])("formatNumber(%d, %s) = %s", (n, locale, text) => {
    expect(formatNumber(n, locale)).toBe(text);
  });

  // formatNumber writes plain decimals itself; it must write exactly what Intl writes.
  it("writes what Intl.NumberFormat writes, rounding and grouping alike", () => {
    const formats = new Map<string, Intl.NumberFormat>();
    const intl = (value: number, locale: "vi" | "en", digits: number) => {
      const key = `${locale}:${digits}`;
      let format = formats.get(key);
      if (!format) {
        format = new Intl.NumberFormat(locale === "en" ? "en-US" : "vi-VN", {
          maximumFractionDigits: digits,
        });
        formats.set(key, format);
      }
      const text = format.format(value);
      return text === "-0" ? "0" : text;
    };
    const values = [
      0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 1.005, 1.255, 999.995, 9.995, 99.5, 999999.9999999,
      0.000001, 0.0000015, 1e-7, 123.456, 1234, 12345.678, 1e15, 123456789012345680000, 1e21,
      -1234.5, -0.001, -0.005, 0.045, 7.0707, 20.28, 66.666666, 4400000,
    ];
    // Seeded, so a failure reproduces: decimals of every size, figures and derived rates alike.
    let seed = 20251;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 4000; i++) {
      const scale = 10 ** Math.floor(next() * 12 - 4);
      const value = (next() - 0.3) * scale;
      values.push(value, Number(value.toFixed(Math.floor(next() * 8))));
    }
    const mismatches: string[] = [];
    for (const value of values)
      for (const locale of ["vi", "en"] as const)
        for (const digits of [0, 1, 2, 6]) {
          const ours = formatNumber(value, locale, digits);
          const theirs = intl(value, locale, digits);
          if (ours !== theirs) mismatches.push(`${value} ${locale} ${digits}: ${ours} ≠ ${theirs}`);
        }
    expect(mismatches).toEqual([]);
  });

  it.each<[string, "vi" | "en", string]>([
    ["3120", "vi", "3.120"],
    ["1234567.5", "vi", "1.234.567,5"],
    ["1234567.5", "en", "1,234,567.5"],
    ["-2.3", "vi", "-2,3"],
    ["0.000001", "vi", "0,000001"],
  ])("formatDecimal(%s, %s) = %s", (stored, locale, text) => {
    expect(formatDecimal(stored, locale)).toBe(text);
    // What is written back reads back to the same stored value.
    expect(readNumber(text, locale)).toEqual({ ok: true, value: stored });
  });
});

describe("farOff", () => {
  it.each<[number, number | null, boolean]>([
    [3.12, 2900, true],
    [29000, 2900, false],
    [29001, 2900, true],
    [290, 2900, false],
    [289, 2900, true],
    [2900, null, false],
    [-2, 7, false],
    [0, 115, true],
    [5, 0, false],
  ])("%d against %d → %s", (value, reference, expected) => {
    expect(farOff(value, reference)).toBe(expected);
  });
});
