import { formatNumberVi, formatPercentVi, formatRangeVi, formatWithUnitVi } from "./format-vi";

describe("formatNumberVi", () => {
  it.each<[number, number | undefined, string]>([
    // "." groups thousands, as in the resolution's "4.400.000 lượt người".
    [4400000, undefined, "4.400.000"],
    // Four digits are grouped too: the resolution writes "9.000 ha" and "2.900 USD".
    [9000, undefined, "9.000"],
    [2900, undefined, "2.900"],
    [999, undefined, "999"],
    // "," separates decimals and trailing zeros are dropped: "7 – 7,5%".
    [7.5, undefined, "7,5"],
    [7, undefined, "7"],
    [7.0, undefined, "7"],
    // 7.0707 rounded to 2 digits is 7.07.
    [7.0707, undefined, "7,07"],
    // 1234.567 → 1234.57 → "1.234,57".
    [1234.567, undefined, "1.234,57"],
    [-5, undefined, "-5"],
    [-1234567.891, undefined, "-1.234.567,89"],
    [0, undefined, "0"],
    // Rounds to zero: no "-0".
    [-0.001, undefined, "0"],
    [-0, undefined, "0"],
    // Precision is the caller's: 7.0707 with 0 digits is 7; with 4 digits it is kept whole.
    [7.0707, 0, "7"],
    [7.0707, 4, "7,0707"],
    // 166.666… with 2 digits → 166.67.
    [500 / 3, 2, "166,67"],
  ])("formats %p (digits %p) as %p", (value, digits, expected) => {
    expect(formatNumberVi(value, digits)).toBe(expected);
  });

  it.each([NaN, Infinity, -Infinity])("refuses %p", (value) => {
    expect(() => formatNumberVi(value)).toThrow(RangeError);
  });

  it("refuses a fraction-digit count Intl cannot take", () => {
    expect(() => formatNumberVi(1, -1)).toThrow(RangeError);
    expect(() => formatNumberVi(1, 1.5)).toThrow(RangeError);
  });
});

describe("formatPercentVi", () => {
  it.each<[number, number | undefined, string]>([
    // The compound GRDP growth 7.0707…% reads "7,07%".
    [7.0707, undefined, "7,07%"],
    [65, undefined, "65%"],
    [2.5, undefined, "2,5%"],
    [-1.25, undefined, "-1,25%"],
    [7.0707, 1, "7,1%"],
  ])("formats %p (digits %p) as %p", (value, digits, expected) => {
    expect(formatPercentVi(value, digits)).toBe(expected);
  });
});

describe("formatWithUnitVi", () => {
  it.each<[number, string, string]>([
    [66, "%", "66%"],
    [4400000, "lượt người", "4.400.000 lượt người"],
    [9000, "ha", "9.000 ha"],
    [11.5, "bác sỹ/vạn dân", "11,5 bác sỹ/vạn dân"],
    [3, "", "3"],
    // A per-year suffix on a percentage stays glued.
    [7.07, "%/năm", "7,07%/năm"],
  ])("formats %p %p as %p", (value, unit, expected) => {
    expect(formatWithUnitVi(value, unit)).toBe(expected);
  });
});

describe("formatRangeVi", () => {
  it.each<[number, number, string, string]>([
    // Target 1: "7 – 7,5%" → en dash, no spaces, "%" glued to the upper bound.
    [7, 7.5, "%", "7–7,5%"],
    // Target 3: "2.900 – 3.000 USD" per person.
    [2900, 3000, "USD/người", "2.900–3.000 USD/người"],
    // Target 7: "166 – 168 nghìn tỷ đồng".
    [166, 168, "nghìn tỷ đồng", "166–168 nghìn tỷ đồng"],
    [17, 18, "%", "17–18%"],
    [4, 5, "", "4–5"],
  ])("formats %p–%p %p as %p", (min, max, unit, expected) => {
    expect(formatRangeVi(min, max, unit)).toBe(expected);
  });
});
