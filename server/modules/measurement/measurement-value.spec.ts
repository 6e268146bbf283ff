import { UnitKind } from "../../common/enums";
import { checkValue, checkYear } from "./measurement-value";

describe("checkValue", () => {
  it.each([
    ["65", UnitKind.PERCENT],
    ["0", UnitKind.PERCENT],
    ["100", UnitKind.PERCENT],
    ["-3.5", UnitKind.CHANGE_RATE],
    ["7.22", UnitKind.CHANGE_RATE],
    ["4400000", UnitKind.COUNT],
    ["11.5", UnitKind.AMOUNT],
  ])("accepts %s as %s", (value, kind) => {
    expect(checkValue(value, kind)).toBeNull();
  });

  it.each([
    ["100.5", UnitKind.PERCENT],
    ["-1", UnitKind.PERCENT],
    ["-101", UnitKind.CHANGE_RATE],
    ["2.5", UnitKind.COUNT],
    ["-1", UnitKind.COUNT],
    ["-0.1", UnitKind.AMOUNT],
  ])("refuses %s as %s, naming the value", (value, kind) => {
    expect(checkValue(value, kind)).toMatchObject({
      field: "value",
      message: expect.stringContaining(value),
    });
  });
});

describe("checkYear", () => {
  it("accepts the years of the term up to now", () => {
    for (const year of [2020, 2023, 2025]) expect(checkYear(year, 2020, 2025, 2026)).toBeNull();
  });

  it("refuses years outside the term or in the future", () => {
    expect(checkYear(2019, 2020, 2025, 2026)?.field).toBe("year");
    expect(checkYear(2026, 2020, 2025, 2026)?.field).toBe("year");
    expect(checkYear(2024, 2020, 2025, 2023)?.message).toMatch(/chưa tới/);
  });
});
