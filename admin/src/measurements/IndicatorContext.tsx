/**
 * What a reporter or a head needs beside a figure: the indicator's goal and
 * unit as the resolution words them, last year's approved figure, and the
 * approved figures so far on a small chart.
 */
import { Box, Card, CardContent, Divider, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useLocaleState, useTranslate } from "react-admin";
import { formatValue } from "../common/format";
import { goalText, periodText } from "../common/indicator";
import { Verbatim } from "../common/Verbatim";
import { IndicatorChart } from "../dashboard/LazyIndicatorChart";
import { graphql } from "../generated";
import type { IndicatorDetailQuery } from "../generated/graphql";
import { gql } from "../graphql";
import { previousFigure } from "./previous";

const INDICATOR_DETAIL = graphql(`
  query IndicatorDetail($id: ID!) {
    Indicator(id: $id) {
      id
      code
      name
      ...IndicatorGoal
      sourcePhrase
      target {
        number
        title
      }
      measurements(status: APPROVED) {
        id
        year
        period
        value
        valueKind
        status
        agencyId
      }
    }
  }
`);

export type IndicatorDetail = IndicatorDetailQuery["Indicator"];

export function useIndicatorDetail(id: string | undefined) {
  return useQuery({
    queryKey: ["indicator-detail", id],
    enabled: !!id,
    queryFn: async () => (await gql(INDICATOR_DETAIL, { id: id! })).Indicator,
  });
}

export function IndicatorContext({
  indicatorId,
  year,
  period = "YEAR",
  exceptId,
}: {
  indicatorId?: string;
  year?: number;
  period?: string;
  exceptId?: string;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: indicator } = useIndicatorDetail(indicatorId);
  if (!indicatorId) {
    return (
      <Card variant="outlined">
        <CardContent>
          <Typography color="text.secondary">
            {translate("app.measurement.pick_indicator")}
          </Typography>
        </CardContent>
      </Card>
    );
  }
  if (!indicator) return null;
  const previous = year ? previousFigure(indicator.measurements, year, period, exceptId) : null;
  return (
    <Card variant="outlined" data-testid="indicator-context">
      <CardContent>
        <Typography variant="overline" color="text.secondary">
          {translate("app.measurement.indicator_info")}
        </Typography>
        <Typography variant="subtitle1" sx={{ fontWeight: 500 }}>
          {indicator.code} · {indicator.name}
        </Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate("app.measurement.target_of", {
            number: indicator.target.number,
            title: indicator.target.title,
          })}
        </Typography>
        <Stack spacing={0.75} sx={{ my: 1.5 }}>
          <Row
            label={translate("resources.Indicator.fields.goal")}
            value={goalText(indicator, translate, locale)}
            strong
          />
          <Row label={translate("resources.Indicator.fields.unit")} value={indicator.unit} />
          <Row
            label={translate("app.measurement.last_figure")}
            value={
              previous
                ? `${formatValue(previous.value, indicator.unit, locale)} (${periodText(previous.year, previous.period, translate)})`
                : translate("app.measurement.no_previous")
            }
          />
        </Stack>
        <Verbatim text={indicator.sourcePhrase} />
        <Divider sx={{ my: 1.5 }} />
        <Typography variant="caption" color="text.secondary">
          {translate("app.chart.title")}
        </Typography>
        <Box sx={{ height: 120 }}>
          <IndicatorChart
            indicator={indicator}
            figures={indicator.measurements}
            height={120}
            compact={false}
          />
        </Box>
      </CardContent>
    </Card>
  );
}

function Row({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <Stack direction="row" spacing={1}>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 130 }}>
        {label}
      </Typography>
      <Typography variant="body2" sx={{ fontWeight: strong ? 600 : 400 }}>
        {value}
      </Typography>
    </Stack>
  );
}
