/** An agency's assigned indicators and all its figures, for the reporting page. */
import { useQuery } from "@tanstack/react-query";
import { vietnamToday } from "../common/format";
import { fetchAll } from "../common/useCongress";

export interface ReportingIndicator {
  id: string;
  code: string;
  name: string;
  unit: string;
  unitKind: string;
  kind: string;
  comparator: string;
  targetMin: string | null;
  targetMax: string | null;
  assignments: { agencyId: string; role: string; frequency: string; dueDaysAfterPeriod: number }[];
}

export interface ReportingFigure {
  id: string;
  indicatorId: string;
  year: number;
  period: string;
  value: string;
  status: string;
  version: number;
  valueKind: string;
  reviewNote: string | null;
  updatedAt: string;
}

export function useReportingData(agencyId: string | undefined) {
  return useQuery({
    queryKey: ["reporting", agencyId],
    enabled: !!agencyId,
    queryFn: async () => {
      const [indicators, figures] = await Promise.all([
        fetchAll<ReportingIndicator>(
          "allIndicators",
          "id code name unit unitKind kind comparator targetMin targetMax assignments(active: true) { agencyId role frequency dueDaysAfterPeriod }",
          { agencyId, active: true },
          "IndicatorFilter",
          "code",
        ),
        fetchAll<ReportingFigure>(
          "allMeasurements",
          "id indicatorId year period value status version valueKind reviewNote updatedAt",
          { agencyId },
          "MeasurementFilter",
        ),
      ]);
      return { indicators, figures };
    },
  });
}

export interface ReportingAgency {
  id: string;
  shortName: string;
  kind: string;
}

/**
 * The agencies an administrator may report for: those that exist today (the districts ended on
 * 30/6/2025; the 65 communes and wards took over), all of them, not a first page of 100.
 */
export function useReportingAgencies(enabled: boolean) {
  return useQuery({
    queryKey: ["reporting-agencies", vietnamToday()],
    enabled,
    queryFn: () =>
      fetchAll<ReportingAgency>(
        "allAgencies",
        "id shortName kind",
        { validOn: vietnamToday() },
        "AgencyFilter",
        "shortName",
      ),
  });
}
