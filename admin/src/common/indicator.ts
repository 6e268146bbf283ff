/** How an indicator's goal, periods and verdicts read, in the caller's language. */
import { graphql } from "../generated";
import { formatNumber, formatValue } from "./format";
import type { Indicator } from "../generated/schema";

/** What goalText and the charts read of an indicator, for the queries that show its goal. */
graphql(`
  fragment IndicatorGoal on Indicator {
    unit
    unitKind
    kind
    comparator
    targetMin
    targetMax
  }
`);

/** What a goal's wording reads of an indicator (any query's indicator has these). */
export type GoalLike = Pick<Indicator, "unit" | "kind" | "comparator"> &
  Partial<Pick<Indicator, "targetMin" | "targetMax">>;

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** "7–7,5% bình quân/năm", "≥ 4.400.000 lượt người đến 2025". */
export function goalText(
  indicator: GoalLike,
  translate: Translate,
  locale: string,
  termEndYear = 2025,
): string {
  const { unit, comparator, targetMin, targetMax } = indicator;
  let bound: string;
  switch (comparator) {
    case "AT_LEAST":
      bound = `≥ ${formatValue(targetMin, unit, locale)}`;
      break;
    case "AT_MOST":
      bound = `≤ ${formatValue(targetMax, unit, locale)}`;
      break;
    case "LESS_THAN":
      bound = `< ${formatValue(targetMax, unit, locale)}`;
      break;
    default:
      bound =
        targetMin === targetMax
          ? formatValue(targetMin, unit, locale)
          : `${formatNumber(targetMin, locale)}–${formatValue(targetMax, unit, locale)}`;
  }
  return `${bound} ${translate(`app.goal.${indicator.kind}`, { year: termEndYear })}`.trim();
}

/** "2024", "6 tháng đầu 2024", "Quý II/2024". */
export function periodText(year: number, period: string, translate: Translate): string {
  return translate(`app.period.${period}`, { year });
}

export const VERDICT_COLOURS: Record<string, string> = {
  EXCEEDED: "#1b5e20",
  MET: "#2e7d32",
  NOT_MET: "#c62828",
  NO_DATA: "#9e9e9e",
};

export const STATUS_COLOURS: Record<string, string> = {
  ON_TRACK: "#2e7d32",
  AT_RISK: "#ed6c02",
  OFF_TRACK: "#c62828",
};

export const MEASUREMENT_STATUS_COLOURS: Record<
  string,
  "default" | "info" | "warning" | "success" | "error"
> = {
  DRAFT: "default",
  SUBMITTED: "info",
  RETURNED: "warning",
  APPROVED: "success",
};

/** Checks a typed value against the kind of quantity, as the server does; returns a message key. */
export function valueProblem(value: string, unitKind: string | undefined): string | null {
  const n = Number(value);
  if (!Number.isFinite(n)) return "app.measurement.invalid_number";
  switch (unitKind) {
    case "PERCENT":
      return n < 0 || n > 100 ? "app.measurement.percent_range" : null;
    case "COUNT":
      return n < 0 || !/^\d+$/.test(value) ? "app.measurement.whole_number" : null;
    case "AMOUNT":
      return n < 0 ? "app.measurement.non_negative" : null;
    case "CHANGE_RATE":
      return n < -100 || n > 1000 ? "app.measurement.rate_range" : null;
    default:
      return null;
  }
}
