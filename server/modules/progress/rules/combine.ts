/** A target's progress from its indicators: the worst part decides. */
import type { IndicatorProgress, TrackStatus, Verdict } from "./types";

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
