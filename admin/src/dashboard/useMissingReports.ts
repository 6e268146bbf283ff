/** Figures not yet submitted for a year (reportingCompleteness): for one agency, or all. */
import { useQuery } from "@tanstack/react-query";
import { gql } from "../graphql";

export interface MissingReport {
  agency: { id: string; shortName: string };
  assignment: { id: string; role: string };
  indicator: { id: string; code: string; name: string; nameEn?: string | null };
  year: number;
  period: string;
  state: string;
  dueOn: string;
  daysLate: number;
  /** The draft or returned figure, for the agency's own staff. */
  measurement: {
    id: string;
    reviewNote: string | null;
    lastReturn: { reason: string | null } | null;
  } | null;
}

export function useMissingReports(
  congressId: string | undefined,
  year: number,
  agencyId?: string | null,
) {
  return useQuery({
    queryKey: ["missing-reports", congressId, year, agencyId ?? null],
    enabled: !!congressId,
    queryFn: async () =>
      (
        await gql<{ reportingCompleteness: MissingReport[] }>(
          `query Missing($congressId: ID!, $year: Int!, $agencyId: ID) {
            reportingCompleteness(congressId: $congressId, year: $year, agencyId: $agencyId) {
              agency { id shortName } assignment { id role } indicator { id code name nameEn }
              year period state dueOn daysLate
              measurement { id reviewNote lastReturn { reason } } } }`,
          { congressId, year, agencyId: agencyId ?? null },
        )
      ).reportingCompleteness,
  });
}

/** The year figures are being collected for: the last one whose deadline may have passed, within the term. */
export function reportingYear(termStartYear: number, termEndYear: number): number {
  const year = new Date().getFullYear() - 1;
  return Math.max(termStartYear, Math.min(termEndYear, year));
}
