/** What the progress rules take in and give back. */
import type {
  Comparator,
  Direction,
  IndicatorKind,
  PeriodType,
  UnitKind,
  ValueKind,
} from "../../../common/enums";

/** Vượt | Đạt | Không đạt | Chưa có số liệu. */
export type Verdict = "EXCEEDED" | "MET" | "NOT_MET" | "NO_DATA";
/** Đúng tiến độ | Có nguy cơ không đạt | Chậm tiến độ. */
export type TrackStatus = "ON_TRACK" | "AT_RISK" | "OFF_TRACK";

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

/** The numbers of a verdict, before it is worded. */
export type Reckoning = Omit<
  IndicatorProgress,
  "reason" | "reasonEn" | "yearsCounted" | "yearsMissing" | "termFigure"
>;

/** A verdict with its reason, before the years are added. */
export type Outcome = Reckoning & Pick<IndicatorProgress, "reason" | "reasonEn">;
