/** END_OF_TERM_LEVEL: the latest value, its trend to the last year, and the change still needed. */
import { UnitKind } from "../../../../common/enums";
import type { Evidence, YearValue } from "../evidence";
import {
  DERIVED_DIGITS,
  edgeFor,
  isWithinRange,
  judge,
  roundTo,
  trackFrom,
  type Judgement,
} from "../goal";
import type { Reckoning, TrackStatus } from "../types";

export interface LevelReckoning extends Reckoning {
  verdict: Judgement;
  latest: YearValue;
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

/** The trend through the baseline and the values, read at the term's last year. */
export function levelProjection(evidence: Evidence): number | null {
  const points = evidence.baseline ? [evidence.baseline, ...evidence.values] : evidence.values;
  const trend = linearTrend(points, evidence.term.endYear);
  return trend === null ? null : clampToUnit(trend, evidence.goal.unitKind);
}

export function reckonEndOfTermLevel(evidence: Evidence): LevelReckoning {
  const { goal, values, term } = evidence;
  const latest = values[values.length - 1];
  const judgement = judge(latest.value, goal);
  const projected = levelProjection(evidence);

  const yearsLeft = term.endYear - latest.year;
  let needed: number | null = null;
  if (!evidence.decided && yearsLeft > 0) {
    const change = (edgeFor(latest.value, goal) - latest.value) / yearsLeft;
    // Once the goal is reached nothing more is needed; a signed "room to fall" would confuse.
    if (isWithinRange(goal)) {
      needed = change;
    } else {
      needed = goal.lowerIsBetter ? Math.min(0, change) : Math.max(0, change);
    }
    if (judgement !== "NOT_MET") needed = 0;
  }

  // Without a trend, the latest value stands in for the last year: it meets the goal (on
  // track), or falls short by less than the margin (at risk), or by more (off track).
  const status: TrackStatus | null = evidence.decided
    ? null
    : trackFrom(roundTo(projected ?? latest.value, DERIVED_DIGITS), goal);

  return {
    verdict: judgement,
    status,
    valueSoFar: latest.value,
    projected,
    neededPerYear: needed,
    latest,
  };
}
