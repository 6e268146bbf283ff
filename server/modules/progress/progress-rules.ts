/**
 * How far the resolution's indicators have been carried out, judged from approved figures.
 * Pure functions: the caller loads the goal, the approved figures known at the as-of date (in
 * the order they became current) and the term, and shows the verdict, the status and the reason
 * (Vietnamese, with an English twin) as they come.
 *
 * Judgement calls, kept here so they can be argued with in one place:
 * - YEAR figures draw the path; a half-year or quarter figure measures something else (GRDP
 *   growth in H1 2021 is not the 2021 growth) and never enters a yearly rate, level or total.
 * - A TERM figure (the statistics office's "bình quân 2021–2025") of an AVERAGE_ANNUAL_RATE or
 *   TERM_TOTAL indicator, once approved, is the term's value: it decides the verdict, even
 *   before the term ends; the yearly figures are still named in the reason.
 * - Figures for years after asOfYear are ignored, so a view "as of 2023" never sees 2024.
 * - A term that has ended without a figure for its last year is not judged from an earlier
 *   year: Chưa có số liệu, with the latest value and the projection in the reason. A failed
 *   year of an EVERY_YEAR indicator stays failed: no later year can undo it.
 * - LESS_THAN ("dưới 3%") is Đạt when strictly below and never Vượt: the goal is itself "below",
 *   and any cut-off for "clearly below" would be invented, not read from the resolution.
 * - Derived numbers (compound averages, projections) are judged at the two decimals they are
 *   shown with, so a reason never says "đạt 7%" next to a Không đạt against a 7% floor.
 *   Reported figures and sums of them are exact decimals and are judged as they are.
 * - A miss smaller than AT_RISK_MARGIN of the goal is "có nguy cơ", a larger one "chậm tiến độ".
 * - A range (BETWEEN) is read by the indicator's direction: HIGHER_IS_BETTER above the range is
 *   Vượt (GRDP growth, the industry share); LOWER_IS_BETTER below it is Vượt and above it Không
 *   đạt (the farm share of GRDP is to fall to 17–18%); WITHIN_RANGE outside it either way is
 *   Không đạt. A one-sided goal carries its direction in its comparator.
 */
import {
  Comparator,
  Direction,
  IndicatorKind,
  PeriodType,
  UnitKind,
  ValueKind,
} from "../../common/enums";
import { formatNumberVi, formatRangeVi, formatWithUnitVi } from "../../common/format-vi";
import { formatNumber } from "../../common/numbers";

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

export const verdictLabelEn: Record<Verdict, string> = {
  EXCEEDED: "Exceeded",
  MET: "Met",
  NOT_MET: "Not met",
  NO_DATA: "No data",
};

export const statusLabel: Record<TrackStatus, string> = {
  ON_TRACK: "Đúng tiến độ",
  AT_RISK: "Có nguy cơ không đạt",
  OFF_TRACK: "Chậm tiến độ",
};

export interface IndicatorGoal {
  kind: IndicatorKind;
  comparator: Comparator;
  /** Which way is better; only a range needs it. Default: HIGHER_IS_BETTER for a range. */
  direction?: Direction;
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

/**
 * An approved figure; the caller has already filtered on status and as-of date, and lists the
 * figures in the order they became current (a later version of a period comes after).
 */
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
  /** The same sentence in English, numbers in English format. */
  reasonEn: string;
  /**
   * AVERAGE_ANNUAL_RATE: compound average rate so far (or the TERM figure); END_OF_TERM_LEVEL:
   * latest value; EVERY_YEAR: the worst year's value; TERM_TOTAL: the sum so far (or the TERM
   * figure).
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
  /** True when an approved whole-term (TERM) figure decided the verdict. */
  termFigure: boolean;
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
  direction: Direction;
  min: number | null;
  max: number | null;
  unit: string;
  unitKind: UnitKind;
  lowerIsBetter: boolean;
  /** The bound a value must reach: targetMin when higher is better, targetMax otherwise. */
  bound: number;
}

type Judgement = Exclude<Verdict, "NO_DATA">;

/** A text in both languages. */
interface Bi {
  vi: string;
  en: string;
}

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
      return { ...base, direction: Direction.HIGHER_IS_BETTER, lowerIsBetter: false, bound: min };
    case Comparator.BETWEEN: {
      if (min === null || max === null || min > max) {
        throw new Error("Chỉ tiêu BETWEEN cần targetMin ≤ targetMax.");
      }
      const direction = goal.direction ?? Direction.HIGHER_IS_BETTER;
      return direction === Direction.LOWER_IS_BETTER
        ? { ...base, direction, lowerIsBetter: true, bound: max }
        : { ...base, direction, lowerIsBetter: false, bound: min };
    }
    case Comparator.AT_MOST:
    case Comparator.LESS_THAN:
      if (max === null) throw new Error(`Chỉ tiêu ${goal.comparator} thiếu giá trị targetMax.`);
      return { ...base, direction: Direction.LOWER_IS_BETTER, lowerIsBetter: true, bound: max };
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
    case Comparator.BETWEEN: {
      // resolveGoal guarantees both bounds for BETWEEN.
      const min = goal.min as number;
      const max = goal.max as number;
      if (value >= min && value <= max) return "MET";
      switch (goal.direction) {
        case Direction.HIGHER_IS_BETTER:
          return value > max ? "EXCEEDED" : "NOT_MET";
        case Direction.LOWER_IS_BETTER:
          return value < min ? "EXCEEDED" : "NOT_MET";
        case Direction.WITHIN_RANGE:
          return "NOT_MET";
      }
    }
  }
}

/** The edge of the goal a value must move to: for a range kept within, the nearer one. */
function edgeFor(value: number, goal: Goal): number {
  if (goal.comparator === Comparator.BETWEEN && goal.direction === Direction.WITHIN_RANGE) {
    return value > (goal.max as number) ? (goal.max as number) : (goal.min as number);
  }
  return goal.bound;
}

/** How far a value is from meeting the goal (positive: short of it). */
function shortfall(value: number, goal: Goal): number {
  if (goal.comparator === Comparator.BETWEEN && goal.direction === Direction.WITHIN_RANGE) {
    const edge = edgeFor(value, goal);
    return Math.abs(value - edge);
  }
  return goal.lowerIsBetter ? value - goal.bound : goal.bound - value;
}

/** ON_TRACK when the value meets the goal, AT_RISK when it misses by less than the margin. */
function trackFrom(value: number, goal: Goal): TrackStatus {
  if (judge(value, goal) !== "NOT_MET") return "ON_TRACK";
  const edge = edgeFor(value, goal);
  return shortfall(value, goal) < AT_RISK_MARGIN * Math.abs(edge) ? "AT_RISK" : "OFF_TRACK";
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
    // in the order they became current, and a later version replaces the earlier one.
    if (current && current.official && !official) continue;
    chosen.set(figure.year, { value, official });
  }
  return [...chosen.entries()]
    .map(([year, { value }]) => ({ year, value }))
    .sort((a, b) => a.year - b.year);
}

/** The whole-term figure that stands: OFFICIAL over ESTIMATE, the later version of a kind. */
function termValue(
  figures: Figure[],
  term: Term,
  asOfYear: number,
): { value: number; official: boolean } | null {
  let chosen: { value: number; official: boolean } | null = null;
  for (const figure of figures) {
    if (figure.period !== PeriodType.TERM || figure.year !== term.endYear) continue;
    // A whole-term estimate is made during the last year at the earliest.
    if (figure.year > asOfYear) continue;
    const value = parseDecimal(figure.value);
    if (value === null) continue;
    const official = figure.valueKind === ValueKind.OFFICIAL;
    if (chosen && chosen.official && !official) continue;
    chosen = { value, official };
  }
  return chosen;
}

// ---------------------------------------------------------------------------------------------
// Wording

function enNumber(value: number, digits: number): string {
  return formatNumber(value, "en", digits);
}

function withUnitEn(text: string, unit: string): string {
  const trimmed = unit.trim();
  if (trimmed === "") return text;
  if (trimmed.startsWith("%")) return `${text}${trimmed}`;
  return `${text} ${trimmed}`;
}

function bi(value: number, unit: string, digits: number): Bi {
  return {
    vi: formatWithUnitVi(value, unit, digits),
    en: withUnitEn(enNumber(value, digits), unit),
  };
}

function formatFigure(value: number, unit: string): Bi {
  return bi(value, unit, FIGURE_DIGITS);
}

function formatDerived(value: number, unit: string): Bi {
  return bi(value, unit, DERIVED_DIGITS);
}

/** "2021–2025" for three or more consecutive years, else "2021 và 2022", "2021, 2023 và 2024". */
function yearList(years: number[], and: string): string {
  const consecutive = years.every((year, i) => i === 0 || year === years[i - 1] + 1);
  if (years.length >= 3 && consecutive) return `${years[0]}–${years[years.length - 1]}`;
  if (years.length <= 1) return years.map(String).join("");
  return `${years.slice(0, -1).join(", ")} ${and} ${years[years.length - 1]}`;
}

/** A period as the resolution writes it, "2022–2025" (even for two years), else "các năm …". */
function periodOf(years: number[]): Bi {
  const consecutive = years.every((year, i) => i === 0 || year === years[i - 1] + 1);
  if (years.length >= 2 && consecutive) {
    const text = `${years[0]}–${years[years.length - 1]}`;
    return { vi: text, en: text };
  }
  return yearsNoun(years);
}

/** "năm 2021" or "các năm 2021–2023". */
function yearsNoun(years: number[]): Bi {
  return years.length === 1
    ? { vi: `năm ${years[0]}`, en: `${years[0]}` }
    : { vi: `các năm ${yearList(years, "và")}`, en: `${yearList(years, "and")}` };
}

function goalText(goal: Goal): Bi {
  const bound = formatFigure(goal.bound, goal.unit);
  switch (goal.comparator) {
    case Comparator.AT_LEAST:
      return bound;
    case Comparator.AT_MOST:
      return { vi: `không quá ${bound.vi}`, en: `at most ${bound.en}` };
    case Comparator.LESS_THAN:
      return { vi: `dưới ${bound.vi}`, en: `below ${bound.en}` };
    case Comparator.BETWEEN: {
      const min = goal.min as number;
      const max = goal.max as number;
      return {
        vi: formatRangeVi(min, max, goal.unit, FIGURE_DIGITS),
        en: withUnitEn(
          `${enNumber(min, FIGURE_DIGITS)}–${enNumber(max, FIGURE_DIGITS)}`,
          goal.unit,
        ),
      };
    }
  }
}

/**
 * "vượt mục tiêu 65%", "trong khoảng mục tiêu 7–7,5%", … A miss is "không đạt" once decided and
 * "chưa đạt" (not yet) while the term runs.
 */
function relation(goal: Goal, judgement: Judgement, decided: boolean, value: number): Bi {
  const target = goalText(goal);
  const miss = decided ? "không đạt" : "chưa đạt";
  const missEn = decided ? "short of" : "not yet at";
  if (goal.comparator === Comparator.AT_MOST) {
    // "không đạt mục tiêu không quá 3%" is clumsy; name the ceiling instead.
    const ceiling = formatFigure(goal.bound, goal.unit);
    if (judgement === "EXCEEDED")
      return {
        vi: `vượt mục tiêu (thấp hơn mức tối đa ${ceiling.vi})`,
        en: `better than the goal (below the ceiling of ${ceiling.en})`,
      };
    if (judgement === "MET")
      return {
        vi: `đạt mục tiêu (bằng mức tối đa ${ceiling.vi})`,
        en: `meets the goal (at the ceiling of ${ceiling.en})`,
      };
    return {
      vi: `${miss} mục tiêu (cao hơn mức tối đa ${ceiling.vi})`,
      en: `${missEn} the goal (above the ceiling of ${ceiling.en})`,
    };
  }
  if (goal.comparator === Comparator.BETWEEN && goal.direction !== Direction.HIGHER_IS_BETTER) {
    const min = formatFigure(goal.min as number, goal.unit);
    const max = formatFigure(goal.max as number, goal.unit);
    if (judgement === "MET")
      return {
        vi: `trong khoảng mục tiêu ${target.vi}`,
        en: `within the goal of ${target.en}`,
      };
    if (judgement === "EXCEEDED")
      return {
        vi: `vượt mục tiêu ${target.vi} (thấp hơn mức ${min.vi})`,
        en: `better than the goal of ${target.en} (below ${min.en})`,
      };
    const above = value > (goal.max as number);
    return {
      vi: `${miss} mục tiêu ${target.vi} (${above ? `cao hơn mức ${max.vi}` : `thấp hơn mức ${min.vi}`})`,
      en: `${missEn} the goal of ${target.en} (${above ? `above ${max.en}` : `below ${min.en}`})`,
    };
  }
  if (judgement === "NOT_MET")
    return { vi: `${miss} mục tiêu ${target.vi}`, en: `${missEn} the goal of ${target.en}` };
  switch (goal.comparator) {
    case Comparator.BETWEEN:
      return judgement === "EXCEEDED"
        ? { vi: `vượt mục tiêu ${target.vi}`, en: `above the goal of ${target.en}` }
        : { vi: `trong khoảng mục tiêu ${target.vi}`, en: `within the goal of ${target.en}` };
    case Comparator.AT_LEAST:
      return judgement === "EXCEEDED"
        ? { vi: `vượt mục tiêu ${target.vi}`, en: `above the goal of ${target.en}` }
        : { vi: `bằng mục tiêu ${target.vi}`, en: `equal to the goal of ${target.en}` };
    case Comparator.LESS_THAN:
      return { vi: `đạt mục tiêu ${target.vi}`, en: `meets the goal of ${target.en}` };
  }
}

function missingClause(years: number[]): Bi {
  const noun = yearsNoun(years);
  return {
    vi: `${noun.vi} chưa có số liệu cả năm`,
    en: `no full-year figure for ${noun.en}`,
  };
}

function upperFirst(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** Clauses joined the way an official sentence runs: "…; …; …." */
function sentence(clauses: Bi[]): { reason: string; reasonEn: string } {
  const join = (texts: string[]) =>
    `${upperFirst(texts.filter((clause) => clause !== "").join("; "))}.`;
  return { reason: join(clauses.map((c) => c.vi)), reasonEn: join(clauses.map((c) => c.en)) };
}

/** The unit of a yearly change: a change of a percentage is in percentage points. */
function changeUnit(unit: string): Bi {
  return unit.trim() === "%"
    ? { vi: "điểm phần trăm", en: "percentage points" }
    : { vi: unit, en: unit };
}

function perYear(unit: string): Bi {
  const trimmed = unit.trim();
  return trimmed === ""
    ? { vi: "mỗi năm", en: "a year" }
    : { vi: `${trimmed}/năm`, en: `${trimmed}/year` };
}

function derivedPerYear(value: number, unit: Bi): Bi {
  return {
    vi: formatWithUnitVi(value, unit.vi, DERIVED_DIGITS),
    en: withUnitEn(enNumber(value, DERIVED_DIGITS), unit.en),
  };
}

function join(a: Bi, sep: string, b: Bi): Bi {
  return { vi: `${a.vi}${sep}${b.vi}`, en: `${a.en}${sep}${b.en}` };
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

type Outcome = Omit<IndicatorProgress, "yearsCounted" | "yearsMissing" | "termFigure">;

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
  const head: Bi =
    values.length === 1
      ? {
          vi: `Tăng trưởng năm ${years[0]} đạt ${formatDerived(average, goal.unit).vi}`,
          en: `Growth in ${years[0]} was ${formatDerived(average, goal.unit).en}`,
        }
      : {
          vi:
            `Tăng trưởng bình quân ${periodOf(years).vi} đạt ` +
            derivedPerYear(average, perYear(goal.unit)).vi,
          en:
            `Average growth ${periodOf(years).en} was ` +
            derivedPerYear(average, perYear(goal.unit)).en,
        };
  const clauses = [join(head, ", ", relation(goal, judgement, ctx.decided, average))];

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
      const rate = derivedPerYear(needed, perYear(goal.unit));
      const noun = yearsNoun(ctx.uncounted);
      clauses.push({
        vi: `${noun.vi} cần bình quân ${goal.lowerIsBetter ? "không quá" : "ít nhất"} ${rate.vi} để đạt mục tiêu`,
        en: `${noun.en} need${ctx.uncounted.length === 1 ? "s" : ""} an average of ${goal.lowerIsBetter ? "at most" : "at least"} ${rate.en} to reach the goal`,
      });
    }
  } else if (ctx.yearsMissing.length > 0) {
    clauses.push(missingClause(ctx.yearsMissing));
  }

  return {
    verdict: judgement,
    status,
    ...sentence(clauses),
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

function levelProjection(ctx: Context): number | null {
  const points = ctx.baseline ? [ctx.baseline, ...ctx.values] : ctx.values;
  const trend = linearTrend(points, ctx.term.endYear);
  return trend === null ? null : clampToUnit(trend, ctx.goal.unitKind);
}

function endOfTermLevel(ctx: Context): Outcome {
  const { goal, values, term } = ctx;
  const latest = values[values.length - 1];
  const judgement = judge(latest.value, goal);
  const projected = levelProjection(ctx);

  const yearsLeft = term.endYear - latest.year;
  let needed: number | null = null;
  if (!ctx.decided && yearsLeft > 0) {
    const change = (edgeFor(latest.value, goal) - latest.value) / yearsLeft;
    // Once the goal is reached nothing more is needed; a signed "room to fall" would confuse.
    if (goal.comparator === Comparator.BETWEEN && goal.direction === Direction.WITHIN_RANGE) {
      needed = change;
    } else {
      needed = goal.lowerIsBetter ? Math.min(0, change) : Math.max(0, change);
    }
    if (judgement !== "NOT_MET") needed = 0;
  }

  const value = formatFigure(latest.value, goal.unit);
  const clauses = [
    join(
      {
        vi: `Số liệu năm ${latest.year} là ${value.vi}`,
        en: `The ${latest.year} figure is ${value.en}`,
      },
      ", ",
      relation(goal, judgement, ctx.decided, latest.value),
    ),
  ];

  let status: TrackStatus | null = null;
  if (!ctx.decided) {
    // Without a trend, the latest value stands in for the last year: it meets the goal (on
    // track), or falls short by less than the margin (at risk), or by more (off track).
    status = trackFrom(roundTo(projected ?? latest.value, DERIVED_DIGITS), goal);
    if (projected === null) {
      clauses.push({
        vi: "chưa đủ số liệu để ước xu hướng",
        en: "not enough figures for a trend",
      });
    } else {
      const p = formatDerived(projected, goal.unit);
      clauses.push({
        vi: `theo xu hướng, năm ${term.endYear} ước đạt ${p.vi}`,
        en: `on the trend, ${term.endYear} would reach about ${p.en}`,
      });
    }
    if (needed !== null && needed !== 0) {
      const up = needed > 0;
      const amount = derivedPerYear(Math.abs(needed), perYear(changeUnit(goal.unit).vi));
      const amountEn = derivedPerYear(Math.abs(needed), perYear(changeUnit(goal.unit).en));
      clauses.push({
        vi: `cần ${up ? "tăng" : "giảm"} bình quân ${amount.vi}`,
        en: `needs to ${up ? "rise" : "fall"} by ${amountEn.en} on average`,
      });
    }
  }

  return {
    verdict: judgement,
    status,
    ...sentence(clauses),
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

  const g = goalText(goal);
  const target: Bi = { vi: `mục tiêu hằng năm ${g.vi}`, en: `the yearly goal of ${g.en}` };
  const clauses: Bi[] = [];
  if (failed.length > 0) {
    if (failed.length === 1) {
      const [only] = failed;
      const v = formatFigure(only.value, goal.unit);
      clauses.push({
        vi: `Năm ${only.year}: ${v.vi}, không đạt ${target.vi}`,
        en: `${only.year}: ${v.en}, short of ${target.en}`,
      });
    } else {
      const detail = (lang: "vi" | "en") =>
        failed
          .map((v) =>
            lang === "vi"
              ? `năm ${v.year}: ${formatFigure(v.value, goal.unit).vi}`
              : `${v.year}: ${formatFigure(v.value, goal.unit).en}`,
          )
          .join(", ");
      const noun = yearsNoun(failed.map((v) => v.year));
      clauses.push({
        vi: `${noun.vi} không đạt ${target.vi} (${detail("vi")})`,
        en: `${noun.en} fell short of ${target.en} (${detail("en")})`,
      });
    }
    if (!ctx.decided)
      clauses.push({
        vi: "chỉ tiêu không còn khả năng đạt trong nhiệm kỳ",
        en: "the indicator can no longer be met this term",
      });
  } else {
    const word = verdict === "EXCEEDED" ? "vượt" : "đạt";
    const wordEn = verdict === "EXCEEDED" ? "beat" : "met";
    const w = formatFigure(worst.value, goal.unit);
    if (judged.length === 1) {
      clauses.push({
        vi: `Năm ${worst.year} ${word} ${target.vi} (${w.vi})`,
        en: `${worst.year} ${wordEn} ${target.en} (${w.en})`,
      });
    } else {
      const noun = yearsNoun(judged.map((v) => v.year));
      const extreme = goal.lowerIsBetter ? "cao nhất" : "thấp nhất";
      const extremeEn = goal.lowerIsBetter ? "highest" : "lowest";
      clauses.push({
        vi: `${noun.vi} đều ${word} ${target.vi}; ${extreme} ${w.vi} (năm ${worst.year})`,
        en: `${noun.en} all ${wordEn} ${target.en}; ${extremeEn} ${w.en} (${worst.year})`,
      });
    }
  }
  if (ctx.yearsMissing.length > 0) clauses.push(missingClause(ctx.yearsMissing));

  return {
    verdict,
    // A failed year cannot be undone: the indicator can no longer be met this term.
    status: ctx.decided ? null : failed.length > 0 ? "OFF_TRACK" : "ON_TRACK",
    ...sentence(clauses),
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
  const judged = complete ? sum : roundTo(projected, DERIVED_DIGITS);
  const judgement = judge(judged, goal);

  const k = ctx.uncounted.length;
  let needed: number | null = null;
  if (!ctx.decided && k > 0) needed = Math.max(0, (goal.bound - sum) / k);

  const period = `${term.startYear + 1}–${term.endYear}`;
  const clauses: Bi[] = [];
  const total = formatFigure(sum, goal.unit);
  if (complete) {
    clauses.push(
      join(
        {
          vi: `Tổng cả giai đoạn ${period} đạt ${total.vi}`,
          en: `The ${period} total is ${total.en}`,
        },
        ", ",
        relation(goal, judgement, ctx.decided, judged),
      ),
    );
  } else {
    const years = periodOf(values.map((v) => v.year));
    const p = formatDerived(projected, goal.unit);
    clauses.push({
      vi: `Lũy kế ${years.vi} đạt ${total.vi}`,
      en: `The total for ${years.en} is ${total.en}`,
    });
    clauses.push(
      join(
        {
          vi: `ước cả giai đoạn ${period} đạt ${p.vi}`,
          en: `the ${period} total would be about ${p.en}`,
        },
        ", ",
        relation(goal, judgement, ctx.decided, judged),
      ),
    );
    if (needed !== null) {
      const noun = yearsNoun(ctx.uncounted);
      const rate = derivedPerYear(needed, perYear(goal.unit));
      clauses.push({
        vi: `${noun.vi} cần bình quân ${goal.lowerIsBetter ? "không quá" : "ít nhất"} ${rate.vi}`,
        en: `${noun.en} need${ctx.uncounted.length === 1 ? "s" : ""} an average of ${goal.lowerIsBetter ? "at most" : "at least"} ${rate.en}`,
      });
    } else if (ctx.yearsMissing.length > 0) {
      clauses.push(missingClause(ctx.yearsMissing));
    }
  }

  return {
    verdict: judgement,
    status: ctx.decided ? null : trackFrom(roundTo(projected, DERIVED_DIGITS), goal),
    ...sentence(clauses),
    valueSoFar: sum,
    projected,
    neededPerYear: needed,
  };
}

/** An approved whole-term figure is the term's value; the yearly figures still show the path. */
function fromTermFigure(
  ctx: Context,
  kind: IndicatorKind,
  figure: { value: number; official: boolean },
): Outcome {
  const { goal, term } = ctx;
  const judgement = judge(figure.value, goal);
  const period = `${term.startYear + 1}–${term.endYear}`;
  const what: Bi = figure.official
    ? { vi: "chính thức", en: "official" }
    : { vi: "ước tính", en: "estimate" };
  const value =
    kind === IndicatorKind.AVERAGE_ANNUAL_RATE
      ? derivedPerYear(figure.value, perYear(goal.unit))
      : formatFigure(figure.value, goal.unit);
  const head: Bi =
    kind === IndicatorKind.AVERAGE_ANNUAL_RATE
      ? {
          vi: `Số liệu cả nhiệm kỳ (${what.vi}): bình quân ${period} đạt ${value.vi}`,
          en: `Whole-term figure (${what.en}): the ${period} average is ${value.en}`,
        }
      : {
          vi: `Số liệu cả nhiệm kỳ (${what.vi}): tổng ${period} đạt ${value.vi}`,
          en: `Whole-term figure (${what.en}): the ${period} total is ${value.en}`,
        };
  const clauses = [join(head, ", ", relation(goal, judgement, true, figure.value))];
  if (ctx.values.length > 0) {
    const path =
      kind === IndicatorKind.AVERAGE_ANNUAL_RATE ? averageAnnualRate(ctx) : termTotal(ctx);
    const first = path.reason.split("; ")[0].replace(/\.$/, "");
    const firstEn = path.reasonEn.split("; ")[0].replace(/\.$/, "");
    clauses.push({
      vi: `theo số liệu từng năm: ${first.charAt(0).toLowerCase()}${first.slice(1)}`,
      en: `from the yearly figures: ${firstEn.charAt(0).toLowerCase()}${firstEn.slice(1)}`,
    });
  }
  return {
    verdict: judgement,
    status: null,
    ...sentence(clauses),
    valueSoFar: figure.value,
    projected: null,
    neededPerYear: null,
  };
}

/**
 * The term is over and its last year has no figure: not judged from an earlier year. The reason
 * keeps what is known: "Năm 2025 chưa có số liệu; năm 2024 đạt 4.200.000 lượt người, dự báo
 * 4.500.000 lượt người".
 */
function endedWithoutLastYear(ctx: Context, kind: IndicatorKind, judged: Outcome): Outcome {
  const { goal, values, term } = ctx;
  const head: Bi = {
    vi: `Năm ${term.endYear} chưa có số liệu`,
    en: `No figure for ${term.endYear}`,
  };
  const clauses: Bi[] = [head];
  let projected = judged.projected;
  if (kind === IndicatorKind.END_OF_TERM_LEVEL) {
    const latest = values[values.length - 1];
    const v = formatFigure(latest.value, goal.unit);
    projected = levelProjection(ctx);
    const p = projected === null ? null : formatDerived(projected, goal.unit);
    clauses.push({
      vi: `năm ${latest.year} đạt ${v.vi}` + (p ? `, dự báo ${p.vi}` : ""),
      en: `${latest.year} reached ${v.en}` + (p ? `, projected ${p.en}` : ""),
    });
  } else {
    // The kind's own account of the years so far, without its verdict words.
    const first = judged.reason.split("; ").slice(0, 2).join("; ").replace(/\.$/, "");
    const firstEn = judged.reasonEn.split("; ").slice(0, 2).join("; ").replace(/\.$/, "");
    clauses.push({
      vi: `${first.charAt(0).toLowerCase()}${first.slice(1)}`,
      en: `${firstEn.charAt(0).toLowerCase()}${firstEn.slice(1)}`,
    });
  }
  return {
    verdict: "NO_DATA",
    status: null,
    ...sentence(clauses),
    valueSoFar: judged.valueSoFar,
    projected,
    neededPerYear: null,
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
  const wholeTerm =
    goal.kind === IndicatorKind.AVERAGE_ANNUAL_RATE || goal.kind === IndicatorKind.TERM_TOTAL
      ? termValue(figures, term, asOfYear)
      : null;

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

  if (wholeTerm) {
    return {
      ...fromTermFigure(ctx, goal.kind, wholeTerm),
      yearsCounted,
      yearsMissing,
      termFigure: true,
    };
  }

  if (values.length === 0) {
    const noun = yearsNoun(yearsMissing);
    const reason =
      yearsMissing.length > 0
        ? {
            reason: `Chưa có số liệu được phê duyệt cho ${noun.vi}.`,
            reasonEn: `No approved figure for ${noun.en}.`,
          }
        : {
            reason: `Chưa có số liệu được phê duyệt; nhiệm kỳ tính từ năm ${years[0]}.`,
            reasonEn: `No approved figure yet; the term counts from ${years[0]}.`,
          };
    return {
      verdict: "NO_DATA",
      status: null,
      ...reason,
      valueSoFar: null,
      projected: null,
      neededPerYear: null,
      yearsCounted,
      yearsMissing,
      termFigure: false,
    };
  }

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
  const ended = asOfYear > term.endYear && !counted.has(term.endYear);
  // A failed year of an EVERY_YEAR indicator is final whatever the last year brings.
  const finalFailure = goal.kind === IndicatorKind.EVERY_YEAR && outcome.verdict === "NOT_MET";
  if (ended && !finalFailure) outcome = endedWithoutLastYear(ctx, goal.kind, outcome);
  return { ...outcome, yearsCounted, yearsMissing, termFigure: false };
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

/** The parts whose verdict is the combined one: they decide it (the worst, by severity). */
export function decidingParts<T extends Pick<IndicatorProgress, "verdict">>(parts: T[]): T[] {
  const { verdict } = combineProgress(parts.map((p) => ({ verdict: p.verdict, status: null })));
  return parts.filter((p) => p.verdict === verdict);
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

/** The summary line in English: "18/20 targets met or exceeded; 1 not met; 1 with no data". */
export function summarySentenceEn(
  counts: Parameters<typeof summarySentence>[0],
  options: { termOver?: boolean } = {},
): string {
  const termOver = options.termOver ?? (counts.atRisk === 0 && counts.offTrack === 0);
  const parts = [`${counts.met + counts.exceeded}/${counts.total} targets met or exceeded`];
  if (termOver && counts.notMet > 0) parts.push(`${counts.notMet} not met`);
  if (counts.offTrack > 0) parts.push(`${counts.offTrack} off track`);
  if (counts.atRisk > 0) parts.push(`${counts.atRisk} at risk`);
  if (counts.noData > 0) parts.push(`${counts.noData} with no data`);
  return parts.join("; ");
}
