/**
 * How far the resolution's indicators have been carried out, judged from approved yearly
 * figures. Pure functions: the caller loads the goal, the approved figures known at the as-of
 * date and the term, and shows the verdict, the status and the reason as they come.
 *
 * Judgement calls, kept here so they can be argued with in one place:
 * - Only YEAR figures count: a half-year or quarter figure measures something else (GRDP growth
 *   in H1 2021 is not the 2021 growth) and must never enter a yearly rate, level or total.
 * - Figures for years after asOfYear are ignored, so a view "as of 2023" never sees 2024.
 * - LESS_THAN ("dưới 3%") is Đạt when strictly below and never Vượt: the goal is itself "below",
 *   and any cut-off for "clearly below" would be invented, not read from the resolution.
 * - Derived numbers (compound averages, projections) are judged at the two decimals they are
 *   shown with, so a reason never says "đạt 7%" next to a Không đạt against a 7% floor.
 *   Reported figures and sums of them are exact decimals and are judged as they are.
 * - A miss smaller than AT_RISK_MARGIN of the goal is "có nguy cơ", a larger one "chậm tiến độ".
 * - BETWEEN above the range is Vượt, as for the GRDP growth range. For the economic structure
 *   shares (target 2) that reads an agriculture share above 17–18% as Vượt although the
 *   resolution wants it to shrink; the goal carries no direction, so callers must word it.
 */
import { Comparator, IndicatorKind, PeriodType, UnitKind, ValueKind } from "../../common/enums";
import { formatNumberVi, formatRangeVi, formatWithUnitVi } from "../../common/format-vi";

/** Vượt | Đạt | Không đạt | Chưa có số liệu. */
export type Verdict = "EXCEEDED" | "MET" | "NOT_MET" | "NO_DATA";
/** Đúng tiến độ | Có nguy cơ không đạt | Chậm tiến độ. */
export type TrackStatus = "ON_TRACK" | "AT_RISK" | "OFF_TRACK";

export const verdictLabel: Record<Verdict, string> = {
  EXCEEDED: "Vượt",
  MET: "Đạt",
  NOT_MET: "Không đạt",
  NO_DATA: "Chưa có số liệu",
};

export const statusLabel: Record<TrackStatus, string> = {
  ON_TRACK: "Đúng tiến độ",
  AT_RISK: "Có nguy cơ không đạt",
  OFF_TRACK: "Chậm tiến độ",
};

export interface IndicatorGoal {
  kind: IndicatorKind;
  comparator: Comparator;
  targetMin: string | null;
  targetMax: string | null;
  unit: string;
  unitKind: UnitKind;
  baselineYear: number | null;
  baselineValue: string | null;
}

/** 2020–2025: startYear is the base year; the years that count are startYear+1 .. endYear. */
export interface Term {
  startYear: number;
  endYear: number;
}

/** An approved figure; the caller has already filtered on status and as-of date. */
export interface Figure {
  year: number;
  period: PeriodType;
  value: string;
  valueKind: ValueKind;
}

export interface IndicatorProgress {
  verdict: Verdict;
  /** Only while the term runs and its last year has no figure; null afterwards and on NO_DATA. */
  status: TrackStatus | null;
  /** One Vietnamese sentence, numbers in Vietnamese format. */
  reason: string;
  /**
   * AVERAGE_ANNUAL_RATE: compound average rate so far; END_OF_TERM_LEVEL: latest value;
   * EVERY_YEAR: the worst year's value; TERM_TOTAL: the sum so far.
   */
  valueSoFar: number | null;
  /**
   * To the term's last year. END_OF_TERM_LEVEL: least-squares line through the baseline and the
   * values so far (null with fewer than 2 points); TERM_TOTAL: sum / years counted × term years;
   * other kinds: null.
   */
  projected: number | null;
  /**
   * AVERAGE_ANNUAL_RATE: the compound yearly rate the uncounted years need to reach the goal;
   * TERM_TOTAL: the amount per uncounted year; END_OF_TERM_LEVEL: the signed yearly change from
   * the latest value to the goal (0 when it is already reached). Null once the term is decided.
   */
  neededPerYear: number | null;
  /** Years whose figure was used. */
  yearsCounted: number[];
  /** Term years up to min(asOfYear, endYear) with no usable yearly figure. */
  yearsMissing: number[];
}

/**
 * A miss by less than this share of the goal is AT_RISK, a larger one OFF_TRACK. The resolution
 * sets no such line; 10% is our call: a level projected at 4.0 million visitors against 4.4
 * million (9% short) can still be caught up, one projected at 3.9 million (11% short) needs a
 * change of course. For an average rate the margin applies to the rate still needed: 7.7%/year
 * against a 7% goal is at risk, more is off track.
 */
export const AT_RISK_MARGIN = 0.1;

/** Precision of reported figures (the API accepts 6 decimals); also cleans float noise in sums. */
const FIGURE_DIGITS = 6;
/** Precision derived numbers are shown and judged with. */
const DERIVED_DIGITS = 2;

const DECIMAL = /^-?\d+(\.\d+)?$/;

interface YearValue {
  year: number;
  value: number;
}

/** A goal with its bounds parsed and its direction settled. */
interface Goal {
  comparator: Comparator;
  min: number | null;
  max: number | null;
  unit: string;
  unitKind: UnitKind;
  lowerIsBetter: boolean;
  /** The bound a value must reach: targetMin when higher is better, targetMax otherwise. */
  bound: number;
}

type Judgement = Exclude<Verdict, "NO_DATA">;

function parseDecimal(text: string | null): number | null {
  if (text === null) return null;
  const trimmed = text.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : null;
}

function roundTo(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

function resolveGoal(goal: IndicatorGoal): Goal {
  const min = parseDecimal(goal.targetMin);
  const max = parseDecimal(goal.targetMax);
  const base = { comparator: goal.comparator, min, max, unit: goal.unit, unitKind: goal.unitKind };
  switch (goal.comparator) {
    case Comparator.AT_LEAST:
      if (min === null) throw new Error("Chỉ tiêu AT_LEAST thiếu giá trị targetMin.");
      return { ...base, lowerIsBetter: false, bound: min };
    case Comparator.BETWEEN:
      if (min === null || max === null || min > max) {
        throw new Error("Chỉ tiêu BETWEEN cần targetMin ≤ targetMax.");
      }
      return { ...base, lowerIsBetter: false, bound: min };
    case Comparator.AT_MOST:
    case Comparator.LESS_THAN:
      if (max === null) throw new Error(`Chỉ tiêu ${goal.comparator} thiếu giá trị targetMax.`);
      return { ...base, lowerIsBetter: true, bound: max };
  }
}

/** The resolution's wording: a floor, a ceiling, a strict ceiling or a range. */
function judge(value: number, goal: Goal): Judgement {
  switch (goal.comparator) {
    case Comparator.AT_LEAST:
      return value > goal.bound ? "EXCEEDED" : value === goal.bound ? "MET" : "NOT_MET";
    case Comparator.AT_MOST:
      return value < goal.bound ? "EXCEEDED" : value === goal.bound ? "MET" : "NOT_MET";
    case Comparator.LESS_THAN:
      return value < goal.bound ? "MET" : "NOT_MET";
    case Comparator.BETWEEN:
      // resolveGoal guarantees max for BETWEEN.
      if (value > (goal.max as number)) return "EXCEEDED";
      return value >= goal.bound ? "MET" : "NOT_MET";
  }
}

/** ON_TRACK when the value meets the goal, AT_RISK when it misses by less than the margin. */
function trackFrom(value: number, goal: Goal): TrackStatus {
  if (judge(value, goal) !== "NOT_MET") return "ON_TRACK";
  const shortfall = goal.lowerIsBetter ? value - goal.bound : goal.bound - value;
  return shortfall < AT_RISK_MARGIN * Math.abs(goal.bound) ? "AT_RISK" : "OFF_TRACK";
}

function termYears(term: Term): number[] {
  const years: number[] = [];
  for (let year = term.startYear + 1; year <= term.endYear; year += 1) years.push(year);
  return years;
}

/** One value per counted year: YEAR figures only, OFFICIAL over ESTIMATE, within the term. */
function yearlyValues(figures: Figure[], term: Term, asOfYear: number): YearValue[] {
  const lastYear = Math.min(asOfYear, term.endYear);
  const chosen = new Map<number, { value: number; official: boolean }>();
  for (const figure of figures) {
    if (figure.period !== PeriodType.YEAR) continue;
    if (figure.year <= term.startYear || figure.year > lastYear) continue;
    const value = parseDecimal(figure.value);
    if (value === null) continue;
    const official = figure.valueKind === ValueKind.OFFICIAL;
    const current = chosen.get(figure.year);
    // Between two figures of the same kind the later one in the list wins: callers list them
    // by approval date, and a re-approved figure replaces the earlier one.
    if (current && current.official && !official) continue;
    chosen.set(figure.year, { value, official });
  }
  return [...chosen.entries()]
    .map(([year, { value }]) => ({ year, value }))
    .sort((a, b) => a.year - b.year);
}

// ---------------------------------------------------------------------------------------------
// Wording

function formatFigure(value: number, unit: string): string {
  return formatWithUnitVi(value, unit, FIGURE_DIGITS);
}

function formatDerived(value: number, unit: string): string {
  return formatWithUnitVi(value, unit, DERIVED_DIGITS);
}

/** "2021–2025" for three or more consecutive years, else "2021 và 2022", "2021, 2023 và 2024". */
function yearList(years: number[]): string {
  const consecutive = years.every((year, i) => i === 0 || year === years[i - 1] + 1);
  if (years.length >= 3 && consecutive) return `${years[0]}–${years[years.length - 1]}`;
  if (years.length <= 1) return years.map(String).join("");
  return `${years.slice(0, -1).join(", ")} và ${years[years.length - 1]}`;
}

/** A period as the resolution writes it, "2022–2025" (even for two years), else "các năm …". */
function periodOf(years: number[]): string {
  const consecutive = years.every((year, i) => i === 0 || year === years[i - 1] + 1);
  if (years.length >= 2 && consecutive) return `${years[0]}–${years[years.length - 1]}`;
  return yearsNoun(years);
}

/** "năm 2021" or "các năm 2021–2023". */
function yearsNoun(years: number[]): string {
  return years.length === 1 ? `năm ${years[0]}` : `các năm ${yearList(years)}`;
}

function goalText(goal: Goal): string {
  const bound = formatFigure(goal.bound, goal.unit);
  switch (goal.comparator) {
    case Comparator.AT_LEAST:
      return bound;
    case Comparator.AT_MOST:
      return `không quá ${bound}`;
    case Comparator.LESS_THAN:
      return `dưới ${bound}`;
    case Comparator.BETWEEN:
      return formatRangeVi(goal.bound, goal.max as number, goal.unit, FIGURE_DIGITS);
  }
}

/**
 * "vượt mục tiêu 65%", "trong khoảng mục tiêu 7–7,5%", … A miss is "không đạt" once decided and
 * "chưa đạt" (not yet) while the term runs.
 */
function relation(goal: Goal, judgement: Judgement, decided: boolean): string {
  const target = goalText(goal);
  const miss = decided ? "không đạt" : "chưa đạt";
  if (goal.comparator === Comparator.AT_MOST) {
    // "không đạt mục tiêu không quá 3%" is clumsy; name the ceiling instead.
    const ceiling = formatFigure(goal.bound, goal.unit);
    if (judgement === "EXCEEDED") return `vượt mục tiêu (thấp hơn mức tối đa ${ceiling})`;
    if (judgement === "MET") return `đạt mục tiêu (bằng mức tối đa ${ceiling})`;
    return `${miss} mục tiêu (cao hơn mức tối đa ${ceiling})`;
  }
  if (judgement === "NOT_MET") return `${miss} mục tiêu ${target}`;
  switch (goal.comparator) {
    case Comparator.BETWEEN:
      return judgement === "EXCEEDED"
        ? `vượt mục tiêu ${target}`
        : `trong khoảng mục tiêu ${target}`;
    case Comparator.AT_LEAST:
      return judgement === "EXCEEDED" ? `vượt mục tiêu ${target}` : `bằng mục tiêu ${target}`;
    case Comparator.LESS_THAN:
      return `đạt mục tiêu ${target}`;
  }
}

function missingClause(years: number[]): string {
  return `${yearsNoun(years)} chưa có số liệu cả năm`;
}

/** Clauses joined the way an official sentence runs: "…; …; …." */
function sentence(clauses: string[]): string {
  const text = clauses.filter((clause) => clause !== "").join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The unit of a yearly change: a change of a percentage is in percentage points. */
function changeUnit(unit: string): string {
  return unit.trim() === "%" ? "điểm phần trăm" : unit;
}

function perYear(unit: string): string {
  const trimmed = unit.trim();
  return trimmed === "" ? "mỗi năm" : `${trimmed}/năm`;
}

// ---------------------------------------------------------------------------------------------
// Rules per kind

interface Context {
  goal: Goal;
  values: YearValue[];
  term: Term;
  /** Number of years that count: endYear − startYear. */
  termLength: number;
  /** Term years with no counted figure (past or future): what is left to report. */
  uncounted: number[];
  yearsMissing: number[];
  /** The term's last year has a figure or the term is over: no status any more. */
  decided: boolean;
  baseline: YearValue | null;
}

type Outcome = Omit<IndicatorProgress, "yearsCounted" | "yearsMissing">;

function averageAnnualRate(ctx: Context): Outcome {
  const { goal, values } = ctx;
  // Compound, not arithmetic: the level after n years is Π(1 + r/100) of the start.
  const growth = values.reduce((product, { value }) => product * (1 + value / 100), 1);
  // A fall of 100% or more leaves nothing to compound from; report it as a total loss.
  const average = growth > 0 ? (Math.pow(growth, 1 / values.length) - 1) * 100 : -100;
  const judgement = judge(roundTo(average, DERIVED_DIGITS), goal);

  const k = ctx.uncounted.length;
  let needed: number | null = null;
  if (!ctx.decided && k > 0 && growth > 0) {
    // G × (1 + x)^k = (1 + goal)^N: what the uncounted years must average.
    const required = Math.pow(1 + goal.bound / 100, ctx.termLength);
    needed = (Math.pow(required / growth, 1 / k) - 1) * 100;
  }

  const years = values.map((v) => v.year);
  // One year has no average: "Tăng trưởng năm 2021 đạt 7,2%", not "bình quân năm 2021".
  const head =
    values.length === 1
      ? `Tăng trưởng năm ${years[0]} đạt ${formatDerived(average, goal.unit)}`
      : `Tăng trưởng bình quân ${periodOf(years)} đạt ` +
        formatDerived(average, perYear(goal.unit));
  const clauses = [`${head}, ${relation(goal, judgement, ctx.decided)}`];

  let status: TrackStatus | null = null;
  if (!ctx.decided) {
    if (judgement !== "NOT_MET") status = "ON_TRACK";
    else if (needed === null) status = "OFF_TRACK";
    else {
      // Judged on the rate the remaining years need rather than the average so far, so that one
      // weak first year is not already "chậm tiến độ" when four years remain to make it up.
      const gap = goal.lowerIsBetter ? goal.bound - needed : needed - goal.bound;
      status = gap < AT_RISK_MARGIN * Math.abs(goal.bound) ? "AT_RISK" : "OFF_TRACK";
    }
    if (needed !== null) {
      const limit = goal.lowerIsBetter ? "không quá" : "ít nhất";
      clauses.push(
        `${yearsNoun(ctx.uncounted)} cần bình quân ${limit} ` +
          `${formatDerived(needed, perYear(goal.unit))} để đạt mục tiêu`,
      );
    }
  } else if (ctx.yearsMissing.length > 0) {
    clauses.push(missingClause(ctx.yearsMissing));
  }

  return {
    verdict: judgement,
    status,
    reason: sentence(clauses),
    valueSoFar: average,
    projected: null,
    neededPerYear: needed,
  };
}

/** Least-squares line through the points, read at `year`; null with fewer than 2 years. */
function linearTrend(points: YearValue[], year: number): number | null {
  if (points.length < 2) return null;
  const meanX = points.reduce((s, p) => s + p.year, 0) / points.length;
  const meanY = points.reduce((s, p) => s + p.value, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.year - meanX) * (p.value - meanY);
    sxx += (p.year - meanX) ** 2;
  }
  return meanY + (sxy / sxx) * (year - meanX);
}

/** A share cannot leave 0–100% and a count or amount cannot go negative, whatever the trend. */
function clampToUnit(value: number, unitKind: UnitKind): number {
  switch (unitKind) {
    case UnitKind.PERCENT:
      return Math.min(100, Math.max(0, value));
    case UnitKind.COUNT:
    case UnitKind.AMOUNT:
      return Math.max(0, value);
    case UnitKind.CHANGE_RATE:
      return value;
  }
}

function endOfTermLevel(ctx: Context): Outcome {
  const { goal, values, term } = ctx;
  const latest = values[values.length - 1];
  const judgement = judge(latest.value, goal);

  const points = ctx.baseline ? [ctx.baseline, ...values] : values;
  const trend = linearTrend(points, term.endYear);
  const projected = trend === null ? null : clampToUnit(trend, goal.unitKind);

  const yearsLeft = term.endYear - latest.year;
  let needed: number | null = null;
  if (!ctx.decided && yearsLeft > 0) {
    const change = (goal.bound - latest.value) / yearsLeft;
    // Once the goal is reached nothing more is needed; a signed "room to fall" would confuse.
    needed = goal.lowerIsBetter ? Math.min(0, change) : Math.max(0, change);
    if (judgement !== "NOT_MET") needed = 0;
  }

  const clauses = [
    `Số liệu năm ${latest.year} là ${formatFigure(latest.value, goal.unit)}, ` +
      relation(goal, judgement, ctx.decided),
  ];

  let status: TrackStatus | null = null;
  if (!ctx.decided) {
    // Without a trend, the latest value stands in for the last year: it meets the goal (on
    // track), or falls short by less than the margin (at risk), or by more (off track).
    status = trackFrom(roundTo(projected ?? latest.value, DERIVED_DIGITS), goal);
    clauses.push(
      projected === null
        ? "chưa đủ số liệu để ước xu hướng"
        : `theo xu hướng, năm ${term.endYear} ước đạt ${formatDerived(projected, goal.unit)}`,
    );
    if (needed !== null && needed !== 0) {
      const direction = needed > 0 ? "tăng" : "giảm";
      clauses.push(
        `cần ${direction} bình quân ` +
          `${formatDerived(Math.abs(needed), perYear(changeUnit(goal.unit)))}`,
      );
    }
  } else if (latest.year < term.endYear) {
    clauses.push(`${missingClause([term.endYear])}, đánh giá theo số liệu năm ${latest.year}`);
  }

  return {
    verdict: judgement,
    status,
    reason: sentence(clauses),
    valueSoFar: latest.value,
    projected,
    neededPerYear: needed,
  };
}

function everyYear(ctx: Context): Outcome {
  const { goal, values } = ctx;
  const judged = values.map((v) => ({ ...v, judgement: judge(v.value, goal) }));
  const failed = judged.filter((v) => v.judgement === "NOT_MET");
  const verdict: Judgement =
    failed.length > 0
      ? "NOT_MET"
      : judged.every((v) => v.judgement === "EXCEEDED")
        ? "EXCEEDED"
        : "MET";

  // The worst year: the lowest when higher is better (a range counts from below too).
  const worst = judged.reduce((a, b) =>
    goal.lowerIsBetter ? (b.value > a.value ? b : a) : b.value < a.value ? b : a,
  );

  const target = `mục tiêu hằng năm ${goalText(goal)}`;
  const clauses: string[] = [];
  if (failed.length > 0) {
    if (failed.length === 1) {
      const [only] = failed;
      clauses.push(`Năm ${only.year}: ${formatFigure(only.value, goal.unit)}, không đạt ${target}`);
    } else {
      const detail = failed
        .map((v) => `năm ${v.year}: ${formatFigure(v.value, goal.unit)}`)
        .join(", ");
      clauses.push(`${yearsNoun(failed.map((v) => v.year))} không đạt ${target} (${detail})`);
    }
    if (!ctx.decided) clauses.push("chỉ tiêu không còn khả năng đạt trong nhiệm kỳ");
  } else {
    const word = verdict === "EXCEEDED" ? "vượt" : "đạt";
    if (judged.length === 1) {
      clauses.push(`Năm ${worst.year} ${word} ${target} (${formatFigure(worst.value, goal.unit)})`);
    } else {
      const extreme = goal.lowerIsBetter ? "cao nhất" : "thấp nhất";
      clauses.push(
        `${yearsNoun(judged.map((v) => v.year))} đều ${word} ${target}; ` +
          `${extreme} ${formatFigure(worst.value, goal.unit)} (năm ${worst.year})`,
      );
    }
  }
  if (ctx.yearsMissing.length > 0) clauses.push(missingClause(ctx.yearsMissing));

  return {
    verdict,
    // A failed year cannot be undone: the indicator can no longer be met this term.
    status: ctx.decided ? null : failed.length > 0 ? "OFF_TRACK" : "ON_TRACK",
    reason: sentence(clauses),
    valueSoFar: worst.value,
    projected: null,
    neededPerYear: null,
  };
}

function termTotal(ctx: Context): Outcome {
  const { goal, values, term } = ctx;
  const sum = roundTo(
    values.reduce((s, v) => s + v.value, 0),
    FIGURE_DIGITS,
  );
  const complete = ctx.uncounted.length === 0;
  const projected = (sum / values.length) * ctx.termLength;
  // With every year in, the sum is the result. With a year missing, even after the term, the
  // sum of the others would understate the total, so the projection is judged instead.
  const judgement = complete ? judge(sum, goal) : judge(roundTo(projected, DERIVED_DIGITS), goal);

  const k = ctx.uncounted.length;
  let needed: number | null = null;
  if (!ctx.decided && k > 0) needed = Math.max(0, (goal.bound - sum) / k);

  const period = `giai đoạn ${term.startYear + 1}–${term.endYear}`;
  const clauses: string[] = [];
  if (complete) {
    clauses.push(
      `Tổng cả ${period} đạt ${formatFigure(sum, goal.unit)}, ` +
        relation(goal, judgement, ctx.decided),
    );
  } else {
    const years = values.map((v) => v.year);
    clauses.push(`Lũy kế ${periodOf(years)} đạt ${formatFigure(sum, goal.unit)}`);
    clauses.push(
      `ước cả ${period} đạt ${formatDerived(projected, goal.unit)}, ` +
        relation(goal, judgement, ctx.decided),
    );
    if (needed !== null) {
      const limit = goal.lowerIsBetter ? "không quá" : "ít nhất";
      clauses.push(
        `${yearsNoun(ctx.uncounted)} cần bình quân ${limit} ` +
          `${formatDerived(needed, perYear(goal.unit))}`,
      );
    } else if (ctx.yearsMissing.length > 0) {
      clauses.push(missingClause(ctx.yearsMissing));
    }
  }

  return {
    verdict: judgement,
    status: ctx.decided ? null : trackFrom(roundTo(projected, DERIVED_DIGITS), goal),
    reason: sentence(clauses),
    valueSoFar: sum,
    projected,
    neededPerYear: needed,
  };
}

// ---------------------------------------------------------------------------------------------
// Public API

/** Progress of one indicator, as of the end of `asOfYear`, from its approved figures. */
export function indicatorProgress(
  goal: IndicatorGoal,
  figures: Figure[],
  term: Term,
  asOfYear: number,
): IndicatorProgress {
  if (!(term.endYear > term.startYear)) {
    throw new Error(`Nhiệm kỳ không hợp lệ: ${term.startYear}–${term.endYear}.`);
  }
  const resolved = resolveGoal(goal);
  const years = termYears(term);
  const values = yearlyValues(figures, term, asOfYear);
  const yearsCounted = values.map((v) => v.year);
  const counted = new Set(yearsCounted);
  const yearsMissing = years.filter((y) => y <= asOfYear && !counted.has(y));

  if (values.length === 0) {
    const reason =
      yearsMissing.length > 0
        ? `Chưa có số liệu được phê duyệt cho ${yearsNoun(yearsMissing)}.`
        : `Chưa có số liệu được phê duyệt; nhiệm kỳ tính từ năm ${years[0]}.`;
    return {
      verdict: "NO_DATA",
      status: null,
      reason,
      valueSoFar: null,
      projected: null,
      neededPerYear: null,
      yearsCounted,
      yearsMissing,
    };
  }

  const baselineValue = parseDecimal(goal.baselineValue);
  const baseline =
    goal.baselineYear !== null &&
    baselineValue !== null &&
    goal.baselineYear <= asOfYear &&
    !counted.has(goal.baselineYear)
      ? { year: goal.baselineYear, value: baselineValue }
      : null;

  const ctx: Context = {
    goal: resolved,
    values,
    term,
    termLength: years.length,
    uncounted: years.filter((y) => !counted.has(y)),
    yearsMissing,
    decided: asOfYear > term.endYear || counted.has(term.endYear),
    baseline,
  };

  let outcome: Outcome;
  switch (goal.kind) {
    case IndicatorKind.AVERAGE_ANNUAL_RATE:
      outcome = averageAnnualRate(ctx);
      break;
    case IndicatorKind.END_OF_TERM_LEVEL:
      outcome = endOfTermLevel(ctx);
      break;
    case IndicatorKind.EVERY_YEAR:
      outcome = everyYear(ctx);
      break;
    case IndicatorKind.TERM_TOTAL:
      outcome = termTotal(ctx);
      break;
  }
  return { ...outcome, yearsCounted, yearsMissing };
}

const verdictSeverity: Record<Verdict, number> = {
  EXCEEDED: 0,
  MET: 1,
  NO_DATA: 2,
  NOT_MET: 3,
};

const statusSeverity: Record<TrackStatus, number> = {
  ON_TRACK: 0,
  AT_RISK: 1,
  OFF_TRACK: 2,
};

/**
 * A target from its indicators: met only when all are, so the worst part decides. A missing
 * figure outranks a met one (the target cannot be called met) but not a failed one.
 */
export function combineProgress(parts: Pick<IndicatorProgress, "verdict" | "status">[]): {
  verdict: Verdict;
  status: TrackStatus | null;
} {
  if (parts.length === 0) return { verdict: "NO_DATA", status: null };
  let verdict: Verdict = "EXCEEDED";
  let status: TrackStatus | null = null;
  for (const part of parts) {
    if (verdictSeverity[part.verdict] > verdictSeverity[verdict]) verdict = part.verdict;
    if (
      part.status !== null &&
      (status === null || statusSeverity[part.status] > statusSeverity[status])
    ) {
      status = part.status;
    }
  }
  return { verdict, status };
}

/**
 * The summary line in the province's words: "Đạt và vượt 14/20 chỉ tiêu; 3 chỉ tiêu có nguy cơ
 * không đạt; 3 chưa có số liệu". Zero parts are left out, except the first.
 *
 * "N không đạt" is only said of a finished term: while it runs a missed indicator is reported
 * by its status instead. Statuses disappear when the term is decided, so without `termOver`
 * the term counts as over when no indicator is at risk or off track.
 */
export function summarySentence(
  counts: {
    met: number;
    exceeded: number;
    notMet: number;
    noData: number;
    atRisk: number;
    offTrack: number;
    total: number;
  },
  options: { termOver?: boolean } = {},
): string {
  const termOver = options.termOver ?? (counts.atRisk === 0 && counts.offTrack === 0);
  const n = (value: number): string => formatNumberVi(value, 0);
  const parts = [`Đạt và vượt ${n(counts.met + counts.exceeded)}/${n(counts.total)} chỉ tiêu`];
  if (termOver && counts.notMet > 0) parts.push(`${n(counts.notMet)} không đạt`);
  if (counts.offTrack > 0) parts.push(`${n(counts.offTrack)} chỉ tiêu chậm tiến độ`);
  if (counts.atRisk > 0) parts.push(`${n(counts.atRisk)} chỉ tiêu có nguy cơ không đạt`);
  if (counts.noData > 0) parts.push(`${n(counts.noData)} chưa có số liệu`);
  return parts.join("; ");
}
