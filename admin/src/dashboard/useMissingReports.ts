/** Figures not yet submitted for a year (reportingCompleteness): for one agency, or all. */
import { useQuery } from "@tanstack/react-query";
import { graphql } from "../generated";
import type { MissingReportsQuery } from "../generated/graphql";
import { gql } from "../graphql";

const MISSING = graphql(`
  query MissingReports($congressId: ID!, $year: Int!, $agencyId: ID) {
    reportingCompleteness(congressId: $congressId, year: $year, agencyId: $agencyId) {
      agency {
        id
        shortName
      }
      assignment {
        id
        role
      }
      indicator {
        id
        code
        name
        nameEn
      }
      year
      period
      state
      dueOn
      daysLate
      measurement {
        id
        reviewNote
        lastReturn {
          reason
        }
      }
    }
  }
`);

export type MissingReport = MissingReportsQuery["reportingCompleteness"][number];

export function useMissingReports(
  congressId: string | undefined,
  year: number,
  agencyId?: string | null,
) {
  return useQuery({
    queryKey: ["missing-reports", congressId, year, agencyId ?? null],
    enabled: !!congressId,
    queryFn: async () =>
      (await gql(MISSING, { congressId: congressId!, year, agencyId: agencyId ?? null }))
        .reportingCompleteness,
  });
}

/** The year figures are being collected for: the last one whose deadline may have passed, within the term. */
export function reportingYear(termStartYear: number, termEndYear: number): number {
  const year = new Date().getFullYear() - 1;
  return Math.max(termStartYear, Math.min(termEndYear, year));
}
