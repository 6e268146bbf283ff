/**
 * Which congress the panel follows: the latest one of the caller's province that has targets.
 * A new congress (the 18th, seeded empty) becomes the one followed once its targets are loaded
 * from its resolution's text; until then its own page says how. Read with the identity
 * (authProvider's `Me`) and again by useCongress; no imports but generated code, so both can use it.
 */
import { graphql } from "../generated";
import type { CongressCandidatesFragment } from "../generated/graphql";

/** The candidates, newest first. */
graphql(`
  fragment CongressCandidates on Query {
    allCongresses(perPage: 10, sortField: "heldFrom", sortOrder: "DESC") {
      id
      ordinal
      partyCommittee
      termStartYear
      termEndYear
      targets {
        id
      }
    }
  }
`);

export type CongressCandidate = CongressCandidatesFragment["allCongresses"][number];
export type CongressSummary = Omit<CongressCandidate, "targets">;

export function pickCurrentCongress(candidates: CongressCandidate[]): CongressSummary | null {
  const current = candidates.find((c) => c.targets.length > 0) ?? candidates[0];
  if (!current) return null;
  const { targets: _targets, ...summary } = current;
  return summary;
}
