/**
 * Targets with their indicators, agencies in existence today, and active assignments, for the
 * matrix; with `showEnded`, the ended assignments as well (apart, so nothing counts them as current).
 */
import { useQuery } from "@tanstack/react-query";
import { fetchCurrentAgencies, type CurrentAgency } from "../common/currentAgencies";
import { fetchAll, useCongress } from "../common/useCongress";
import { graphql } from "../generated";
import type { MatrixAssignmentsQuery, MatrixTargetsQuery } from "../generated/graphql";

const TARGETS = graphql(`
  query MatrixTargets($filter: TargetFilter, $page: Int) {
    rows: allTargets(filter: $filter, page: $page, perPage: 100, sortField: "number") {
      id
      number
      title
      titleEn
      indicators {
        id
        code
        name
        active
      }
    }
  }
`);

const ASSIGNMENTS = graphql(`
  query MatrixAssignments($filter: AssignmentFilter, $page: Int) {
    rows: allAssignments(filter: $filter, page: $page, perPage: 100) {
      id
      indicatorId
      agencyId
      role
      startsOn
      frequency
      dueDaysAfterPeriod
      endsOn
    }
  }
`);

export type MatrixTarget = MatrixTargetsQuery["rows"][number];
export type MatrixAgency = CurrentAgency;
export type MatrixAssignment = MatrixAssignmentsQuery["rows"][number];

export function useMatrixData(showEnded = false) {
  const congress = useCongress();
  const congressId = congress.data?.id;
  const query = useQuery({
    queryKey: ["assignment-matrix", congressId, showEnded],
    enabled: !!congressId,
    queryFn: async () => {
      const [targets, agencies, assignments] = await Promise.all([
        fetchAll(TARGETS, { filter: { congressId } }),
        fetchCurrentAgencies(),
        fetchAll(ASSIGNMENTS, {
          filter: showEnded ? { congressId } : { congressId, active: true },
        }),
      ]);
      return {
        targets,
        agencies,
        assignments: assignments.filter((a) => !a.endsOn),
        ended: assignments.filter((a) => !!a.endsOn),
      };
    },
  });
  return { ...query, congress: congress.data, isPending: congress.isPending || query.isPending };
}
