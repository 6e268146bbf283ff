/**
 * Targets with their indicators, agencies in existence today, and active assignments, for the
 * matrix; with `showEnded`, the ended assignments as well (apart, so nothing counts them as current).
 */
import { useQuery } from "@tanstack/react-query";
import { vietnamToday } from "../common/format";
import { fetchAll, useCongress } from "../common/useCongress";

export interface MatrixTarget {
  id: string;
  number: number;
  title: string;
  titleEn?: string | null;
  indicators: { id: string; code: string; name: string; active: boolean }[];
}

export interface MatrixAgency {
  id: string;
  code: string;
  shortName: string;
  name: string;
  kind: string;
}

export interface MatrixAssignment {
  id: string;
  indicatorId: string;
  agencyId: string;
  role: "LEAD" | "COORDINATE";
  startsOn: string;
  frequency: string;
  dueDaysAfterPeriod: number;
  endsOn: string | null;
}

export function useMatrixData(showEnded = false) {
  const congress = useCongress();
  const congressId = congress.data?.id;
  const query = useQuery({
    queryKey: ["assignment-matrix", congressId, showEnded],
    enabled: !!congressId,
    queryFn: async () => {
      const [targets, agencies, assignments] = await Promise.all([
        fetchAll<MatrixTarget>(
          "allTargets",
          "id number title titleEn indicators { id code name active }",
          { congressId },
          "TargetFilter",
          "number",
        ),
        fetchAll<MatrixAgency>(
          "allAgencies",
          "id code shortName name kind",
          { validOn: vietnamToday() },
          "AgencyFilter",
          "shortName",
        ),
        fetchAll<MatrixAssignment>(
          "allAssignments",
          "id indicatorId agencyId role startsOn frequency dueDaysAfterPeriod endsOn",
          showEnded ? { congressId } : { congressId, active: true },
          "AssignmentFilter",
        ),
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
