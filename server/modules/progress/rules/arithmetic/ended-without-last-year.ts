/** The term is over and its last year has no figure: not judged from an earlier year. */
import { IndicatorKind } from "../../../../common/enums";
import type { Evidence } from "../evidence";
import type { Reckoning } from "../types";
import { levelProjection } from "./end-of-term-level";

/** NO_DATA, keeping what the yearly figures gave: the value so far and the projection. */
export function reckonEndedWithoutLastYear(
  evidence: Evidence,
  kind: IndicatorKind,
  yearly: Reckoning,
): Reckoning {
  return {
    verdict: "NO_DATA",
    status: null,
    valueSoFar: yearly.valueSoFar,
    projected:
      kind === IndicatorKind.END_OF_TERM_LEVEL ? levelProjection(evidence) : yearly.projected,
    neededPerYear: null,
  };
}
