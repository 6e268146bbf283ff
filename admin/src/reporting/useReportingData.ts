/** An agency's assigned indicators and all its figures, for the reporting page. */
import { useQuery } from "@tanstack/react-query";
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
