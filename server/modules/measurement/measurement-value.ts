/**
 * Checks a figure against its indicator and its congress's term before it is
 * stored: the kind of quantity bounds the value, and the period must lie in
 * the term and not in the future.
 */
import { UnitKind } from "../../common/enums";

export interface ValueCheck {
  field: "value" | "year";
  message: string;
}

const LIMITS: Record<UnitKind, { min: number; max: number; integer: boolean; what: string }> = {
  [UnitKind.PERCENT]: {
    min: 0,
    max: 100,
    integer: false,
    what: "tỷ lệ phải từ 0 đến 100 (a share is 0–100)",
  },
  [UnitKind.CHANGE_RATE]: {
    min: -100,
    max: 1000,
    integer: false,
    what: "tốc độ tăng phải từ -100 đến 1.000 (a rate of change is -100–1,000)",
  },
  [UnitKind.COUNT]: {
    min: 0,
    max: 1e13,
    integer: true,
    what: "số đếm phải là số nguyên không âm (a count is a non-negative whole number)",
  },
  [UnitKind.AMOUNT]: {
    min: 0,
    max: 1e13,
    integer: false,
    what: "giá trị phải không âm (an amount is non-negative)",
  },
};

/** Returns what is wrong with `value` (a normalised decimal string) for this kind of unit, or null. */
export function checkValue(value: string, unitKind: UnitKind): ValueCheck | null {
  const limit = LIMITS[unitKind];
  const number = Number(value);
  if (
    !Number.isFinite(number) ||
    number < limit.min ||
    number > limit.max ||
    (limit.integer && !/^-?\d+$/.test(value))
  ) {
    return { field: "value", message: `Giá trị ${value} không hợp lệ: ${limit.what}` };
  }
  return null;
}

/** Returns what is wrong with the year, or null. */
export function checkYear(
  year: number,
  termStartYear: number,
  termEndYear: number,
  currentYear: number,
): ValueCheck | null {
  if (year < termStartYear || year > termEndYear) {
    return {
      field: "year",
      message: `Năm ${year} ngoài nhiệm kỳ ${termStartYear}–${termEndYear} (year outside the term)`,
    };
  }
  if (year > currentYear) return { field: "year", message: `Năm ${year} chưa tới (a future year)` };
  return null;
}
