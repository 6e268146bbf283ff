/**
 * On an indicator's page, when it continues an indicator of an earlier term: which one, the
 * baseline taken from it, and the approved figures of both terms on one chart
 * (Indicator.seriesAcrossTerms).
 */
import { Box, Card, CardContent, Link, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { useCreatePath, useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { Link as RouterLink } from "react-router-dom";
import { formatValue } from "../common/format";
import { graphql } from "../generated";
import type { SeriesAcrossTermsQuery } from "../generated/graphql";
import { gql } from "../graphql";
import type { Indicator } from "../generated/schema";

export type TermSeries = NonNullable<
  SeriesAcrossTermsQuery["Indicator"]
>["seriesAcrossTerms"][number];

const Chart = lazy(() => import("./SeriesAcrossTermsChart"));

const SERIES = graphql(`
  query SeriesAcrossTerms($id: ID!) {
    Indicator(id: $id) {
      unit
      baseline {
        year
        value
        fromIndicatorId
      }
      seriesAcrossTerms {
        indicatorId
        code
        termStartYear
        termEndYear
        points {
          year
          value
        }
      }
    }
  }
`);

export function SeriesAcrossTerms() {
  const record = useRecordContext<Pick<Indicator, "id" | "predecessorId">>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  const { data } = useQuery({
    queryKey: ["series-across-terms", record?.id],
    enabled: !!record?.predecessorId,
    queryFn: () => gql(SERIES, { id: record!.id }),
  });
  const terms = data?.Indicator.seriesAcrossTerms ?? [];
  if (!record?.predecessorId || terms.length < 2) return null;
  const previous = terms[terms.length - 2];
  const baseline = data!.Indicator.baseline;
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="series-across-terms">
      <CardContent>
        <Typography variant="subtitle2" gutterBottom>
          {translate("terms.series_title")}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          <Link
            component={RouterLink}
            to={createPath({ resource: "Indicator", id: previous.indicatorId, type: "show" })}
          >
            {translate("terms.continues", {
              code: previous.code,
              term: `${previous.termStartYear}–${previous.termEndYear}`,
            })}
          </Link>
          {baseline?.fromIndicatorId ? (
            <span data-testid="baseline-from-predecessor">
              {" · "}
              {translate("terms.baseline_from", {
                year: baseline.year,
                value: formatValue(Number(baseline.value), data!.Indicator.unit, locale),
              })}
            </span>
          ) : null}
        </Typography>
        <Box sx={{ height: 260 }}>
          <Suspense fallback={null}>
            <Chart terms={terms} unit={data!.Indicator.unit} />
          </Suspense>
        </Box>
      </CardContent>
    </Card>
  );
}
