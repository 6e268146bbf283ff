/** Everything the dashboard's target cards show, in one query: the summary, each target, its indicators and their approved figures. */
import { useQuery } from "@tanstack/react-query";
import { gql } from "../graphql";

export interface CombinedProgress {
  verdict: string;
  status: string | null;
  reason: string;
  reasonEn: string;
  decidedBy: string[];
  methodologyNotes: string[];
  met: number;
  total: number;
}

/** The province's own verdict on a target, beside the computed one. */
export interface Assessment {
  verdict: string;
  document: string;
  documentDate: string;
}

export interface DashboardIndicator {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  unit: string;
  unitKind: string;
  kind: string;
  comparator: string;
  targetMin: string | null;
  targetMax: string | null;
  active: boolean;
  progress: {
    verdict: string;
    status: string | null;
    reason: string;
    reasonEn: string;
    valueSoFar: number | null;
  };
  measurements: {
    year: number;
    period: string;
    value: string;
    valueKind: string;
    status: string;
  }[];
}

export interface DashboardTarget {
  id: string;
  number: number;
  title: string;
  titleEn: string;
  domain: string;
  indicators: DashboardIndicator[];
}

export interface Summary {
  sentence: string;
  asOf: string;
  total: number;
  exceeded: number;
  met: number;
  notMet: number;
  noData: number;
  atRisk: number;
  offTrack: number;
  targets: {
    target: DashboardTarget;
    progress: CombinedProgress;
    assessment: Assessment | null;
    assessmentDiffers: boolean;
  }[];
}

export function useDashboardData(congressId: string | undefined) {
  return useQuery({
    queryKey: ["dashboard", congressId],
    enabled: !!congressId,
    queryFn: async () =>
      (
        await gql<{ progressSummary: Summary }>(
          `query Dashboard($congressId: ID!) { progressSummary(congressId: $congressId) {
            sentence asOf total exceeded met notMet noData atRisk offTrack
            targets {
              progress { verdict status reason reasonEn decidedBy methodologyNotes met total }
              assessment { verdict document documentDate } assessmentDiffers
              target { id number title titleEn domain
                indicators { id code name nameEn unit unitKind kind comparator targetMin targetMax active
                  progress { verdict status reason reasonEn valueSoFar }
                  measurements(status: APPROVED) { year period value valueKind status } } } } } }`,
          { congressId },
        )
      ).progressSummary,
  });
}
