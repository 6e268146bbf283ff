/**
 * Checks a figure against its indicator and its congress's term before it is
 * stored: the kind of quantity bounds the value, and the period must lie in
 * the term and not in the future.
 */
import { UnitKind } from "../../common/enums";

export interface ValueCheck {
  field: string;
  message: string;
}

/** Bounds on a figure's short texts, checked before the work. */
export const FIGURE_TEXT_LIMITS = { reportedUnit: 50, rateSource: 500, methodologyNote: 1000 };

export interface Conversion {
  value?: string | null;
  reportedOn?: string | null;
  reportedValue?: string | null;
  reportedUnit?: string | null;
  conversionRate?: string | null;
  rateSource?: string | null;
  methodologyNote?: string | null;
}

/**
 * A figure reported in another unit keeps the reported value, its unit and the rate together,
 * and the stored value is the reported one converted at that rate (within 0,5%, as reports
 * round: 71,1 triệu đồng at 24.517 đồng/USD is "≈ 2.900 USD"). The reported-on date is not in
 * the future.
 */
export function checkConversion(values: Conversion, today = vietnamToday()): ValueCheck | null {
  for (const [field, max] of Object.entries(FIGURE_TEXT_LIMITS)) {
    const text = values[field as keyof Conversion];
    if (text && text.length > max)
      return { field, message: `Tối đa ${max} ký tự (at most ${max} characters)` };
  }
  if (values.reportedOn && values.reportedOn > today)
    return { field: "reportedOn", message: "Ngày báo cáo chưa tới (reportedOn is in the future)" };
  const given = [values.reportedValue, values.reportedUnit, values.conversionRate].filter(
    (v) => v !== null && v !== undefined && v !== "",
  ).length;
  if (given === 0) {
    if (values.rateSource)
      return {
        field: "rateSource",
        message: "Nguồn tỷ giá chỉ đi kèm tỷ giá (rateSource needs a conversionRate)",
      };
    return null;
  }
  if (given < 3) {
    const missing = !values.reportedValue
      ? "reportedValue"
      : !values.reportedUnit
        ? "reportedUnit"
        : "conversionRate";
    return {
      field: missing,
      message:
        "Số liệu theo đơn vị khác cần đủ giá trị báo cáo, đơn vị và tỷ giá (reportedValue, reportedUnit and conversionRate go together)",
    };
  }
  const rate = Number(values.conversionRate);
  if (!(rate > 0))
    return {
      field: "conversionRate",
      message: "Tỷ giá phải lớn hơn 0 (the rate must be positive)",
    };
  const converted = Number(values.reportedValue) / rate;
  const value = Number(values.value);
  if (Math.abs(converted - value) > 0.005 * Math.max(Math.abs(value), Math.abs(converted))) {
    return {
      field: "value",
      message: `Giá trị ${values.value} không khớp với ${values.reportedValue} ${values.reportedUnit} quy đổi theo tỷ giá ${values.conversionRate} (≈ ${converted.toFixed(2)}) (value does not match the conversion)`,
    };
  }
  return null;
}

function vietnamToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
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
