/** A goal with its bounds parsed, and how a value stands against it. */
import { Comparator, Direction, UnitKind } from "../../../common/enums";
import type { IndicatorGoal, TrackStatus, Verdict } from "./types";

/**
 * A miss by less than this share of the goal is AT_RISK, a larger one OFF_TRACK. The resolution
 * sets no such line; 10% is our call: a level projected at 4.0 million visitors against 4.4
 * million (9% short) can still be caught up, one projected at 3.9 million (11% short) needs a
 * change of course. For an average rate the margin applies to the rate still needed: 7.7%/year
 * against a 7% goal is at risk, more is off track.
 */
export const AT_RISK_MARGIN = 0.1;

/** Precision of reported figures (the API accepts 6 decimals); also cleans float noise in sums. */
export const FIGURE_DIGITS = 6;
/** Precision derived numbers are shown and judged with. */
export const DERIVED_DIGITS = 2;

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A verdict once there is a value to judge. */
export type Judgement = Exclude<Verdict, "NO_DATA">;

/** A goal with its bounds parsed and its direction settled. */
export interface Goal {
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

export function parseDecimal(text: string | null): number | null {
  if (text === null) return null;
  const trimmed = text.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : null;
}

export function roundTo(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

export function resolveGoal(goal: IndicatorGoal): Goal {
  const min = parseDecimal(goal.targetMin);
  const max = parseDecimal(goal.targetMax);
  // One object literal per case (not a spread of a shared base): the rules read these objects
  // for every indicator of every request, and a literal of one shape stays cheap to build and read.
  const resolved = (direction: Direction, lowerIsBetter: boolean, bound: number): Goal => ({
    comparator: goal.comparator,
    direction,
    min,
    max,
    unit: goal.unit,
    unitKind: goal.unitKind,
    lowerIsBetter,
    bound,
  });
  switch (goal.comparator) {
    case Comparator.AT_LEAST:
      if (min === null) throw new Error("Chỉ tiêu AT_LEAST thiếu giá trị targetMin.");
      return resolved(Direction.HIGHER_IS_BETTER, false, min);
    case Comparator.BETWEEN: {
      if (min === null || max === null || min > max) {
        throw new Error("Chỉ tiêu BETWEEN cần targetMin ≤ targetMax.");
      }
      const direction = goal.direction ?? Direction.HIGHER_IS_BETTER;
      return direction === Direction.LOWER_IS_BETTER
        ? resolved(direction, true, max)
        : resolved(direction, false, min);
    }
    case Comparator.AT_MOST:
    case Comparator.LESS_THAN:
      if (max === null) throw new Error(`Chỉ tiêu ${goal.comparator} thiếu giá trị targetMax.`);
      return resolved(Direction.LOWER_IS_BETTER, true, max);
  }
}

/** A range the value is to stay within (neither side is better). */
export function isWithinRange(goal: Goal): boolean {
  return goal.comparator === Comparator.BETWEEN && goal.direction === Direction.WITHIN_RANGE;
}

/** The resolution's wording: a floor, a ceiling, a strict ceiling or a range. */
export function judge(value: number, goal: Goal): Judgement {
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
export function edgeFor(value: number, goal: Goal): number {
  if (isWithinRange(goal)) {
    return value > (goal.max as number) ? (goal.max as number) : (goal.min as number);
  }
  return goal.bound;
}

/** How far a value is from meeting the goal (positive: short of it). */
function shortfall(value: number, goal: Goal): number {
  if (isWithinRange(goal)) {
    const edge = edgeFor(value, goal);
    return Math.abs(value - edge);
  }
  return goal.lowerIsBetter ? value - goal.bound : goal.bound - value;
}

/** ON_TRACK when the value meets the goal, AT_RISK when it misses by less than the margin. */
export function trackFrom(value: number, goal: Goal): TrackStatus {
  if (judge(value, goal) !== "NOT_MET") return "ON_TRACK";
  const edge = edgeFor(value, goal);
  return shortfall(value, goal) < AT_RISK_MARGIN * Math.abs(edge) ? "AT_RISK" : "OFF_TRACK";
}

/** A miss of `gap` (positive: short) is AT_RISK below the margin of the goal, else OFF_TRACK. */
export function trackFromGap(gap: number, goal: Goal): TrackStatus {
  return gap < AT_RISK_MARGIN * Math.abs(goal.bound) ? "AT_RISK" : "OFF_TRACK";
}
