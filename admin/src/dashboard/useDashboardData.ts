/** Everything the dashboard's target cards show, in one query: the summary, each target, its indicators and their approved yearly figures (what the cards chart; quarters are not drawn). */
import { useQuery } from "@tanstack/react-query";
import { graphql } from "../generated";
import type { DashboardQuery } from "../generated/graphql";
import { gql } from "../graphql";

const DASHBOARD = graphql(`
  query Dashboard($congressId: ID!) {
    progressSummary(congressId: $congressId) {
      sentence
      asOf
      total
      exceeded
      met
      notMet
      noData
      atRisk
      offTrack
      targets {
        progress {
          verdict
          status
          reason
          reasonEn
          decidedBy
          methodologyNotes
          met
          total
        }
        assessment {
          verdict
          document
          documentDate
        }
        assessmentDiffers
        target {
          id
          number
          title
          titleEn
          domain
          indicators {
            id
            code
            name
            nameEn
            ...IndicatorGoal
            active
            progress {
              verdict
              status
              reason
              reasonEn
              valueSoFar
            }
            measurements(status: APPROVED, period: YEAR) {
              year
              period
              value
              valueKind
              status
            }
          }
        }
      }
    }
  }
`);

export type Summary = DashboardQuery["progressSummary"];
type SummaryTarget = Summary["targets"][number];
export type CombinedProgress = SummaryTarget["progress"];
/** The province's own verdict on a target, beside the computed one. */
export type Assessment = NonNullable<SummaryTarget["assessment"]>;
export type DashboardTarget = SummaryTarget["target"];
export type DashboardIndicator = DashboardTarget["indicators"][number];

export function useDashboardData(congressId: string | undefined) {
  return useQuery({
    queryKey: ["dashboard", congressId],
    enabled: !!congressId,
    queryFn: async () => (await gql(DASHBOARD, { congressId: congressId! })).progressSummary,
  });
}
