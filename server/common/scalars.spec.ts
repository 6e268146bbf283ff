import { normalizeDecimal } from "./scalars";

describe("normalizeDecimal", () => {
  it.each([
    ["7.5", "7.5"],
    ["07.50", "7.5"],
    ["4400000", "4400000"],
    ["-0.0", "0"],
    ["-5.25", "-5.25"],
    [" 3 ", "3"],
  ])("reads %p as %p", (input, output) => {
    expect(normalizeDecimal(input)).toBe(output);
  });

  it.each(["", "7,5", "1e5", "abc", "1.2.3", "12345678901234567", "0.1234567"])(
    "refuses %p",
    (input) => {
      expect(normalizeDecimal(input)).toBeNull();
    },
  );
});
