/** An agency's assigned indicators and all its figures, for the reporting page. */
import { useQuery } from "@tanstack/react-query";
import { vietnamToday } from "../common/format";
import { fetchCurrentAgencies, type CurrentAgency } from "../common/currentAgencies";
import { fetchAll } from "../common/useCongress";
import { graphql } from "../generated";
import type { ReportingFiguresQuery, ReportingIndicatorsQuery } from "../generated/graphql";

const INDICATORS = graphql(`
  query ReportingIndicators($filter: IndicatorFilter, $page: Int) {
    rows: allIndicators(filter: $filter, page: $page, perPage: 100, sortField: "code") {
      id
      code
      name
      ...IndicatorGoal
      assignments(active: true) {
        agencyId
        role
        frequency
        dueDaysAfterPeriod
      }
    }
  }
`);

const FIGURES = graphql(`
  query ReportingFigures($filter: MeasurementFilter, $page: Int) {
    rows: allMeasurements(filter: $filter, page: $page, perPage: 100) {
      id
      indicatorId
      year
      period
      value
      status
      version
      valueKind
      reviewNote
      updatedAt
    }
  }
`);

export type ReportingIndicator = ReportingIndicatorsQuery["rows"][number];
export type ReportingFigure = ReportingFiguresQuery["rows"][number];
export type ReportingAgency = CurrentAgency;

export function useReportingData(agencyId: string | undefined) {
  return useQuery({
    queryKey: ["reporting", agencyId],
    enabled: !!agencyId,
    queryFn: async () => {
      const [indicators, figures] = await Promise.all([
        fetchAll(INDICATORS, { filter: { agencyId, active: true } }),
        fetchAll(FIGURES, { filter: { agencyId } }),
      ]);
      return { indicators, figures };
    },
  });
}

/**
 * The agencies an administrator may report for: those that exist today (the districts ended on
 * 30/6/2025; the 65 communes and wards took over), all of them, not a first page of 100.
 */
export function useReportingAgencies(enabled: boolean) {
  return useQuery({
    queryKey: ["reporting-agencies", vietnamToday()],
    enabled,
    queryFn: fetchCurrentAgencies,
  });
}
