/** An approved whole-term figure is the term's value, and the verdict is read from it. */
import type { Evidence, TermValue } from "../evidence";
import { judge, type Judgement } from "../goal";
import type { Reckoning } from "../types";

export function reckonTermFigure(
  evidence: Evidence,
  figure: TermValue,
): Reckoning & { verdict: Judgement } {
  return {
    verdict: judge(figure.value, evidence.goal),
    status: null,
    valueSoFar: figure.value,
    projected: null,
    neededPerYear: null,
  };
}
