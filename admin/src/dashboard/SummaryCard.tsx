/** The resolution at a glance, in the province's own words: "Đạt và vượt N/20 chỉ tiêu …". */
import { Box, Card, CardContent, Stack, Typography } from "@mui/material";
import { useLocaleState, useTranslate } from "react-admin";
import { formatDate, roman } from "../common/format";
import { TargetTableButton } from "../congresses/TargetTableButton";
import { STATUS_COLOURS, VERDICT_COLOURS } from "../common/indicator";
import type { CongressSummary } from "../common/useCongress";
import type { Summary } from "./useDashboardData";
import { VerdictBar, VERDICT_ORDER } from "./VerdictBar";

/** The latest year with an approved figure, from the dashboard's own answer (no request of its own). */
function lastYearWithData(summary: Summary): number | null {
  const years = summary.targets.flatMap(({ target }) =>
    target.indicators.flatMap((i) => i.measurements.map((m) => m.year)),
  );
  return years.length > 0 ? Math.max(...years) : null;
}

export function SummaryCard({
  summary,
  congress,
}: {
  summary: Summary;
  congress: CongressSummary;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const counts: Record<string, number> = {
    EXCEEDED: summary.exceeded,
    MET: summary.met,
    NOT_MET: summary.notMet,
    NO_DATA: summary.noData,
  };
  // The server words the sentence in Vietnamese, as the province does; English readers get it built from the counts.
  const sentence =
    locale === "vi"
      ? summary.sentence
      : translate("app.dashboard.sentence", {
          met: summary.exceeded + summary.met,
          total: summary.total,
          notMet: summary.notMet,
          noData: summary.noData,
        });
  return (
    <Card data-testid="summary-card">
      <CardContent>
        <Typography variant="overline" color="text.secondary">
          {translate("app.dashboard.resolution", {
            ordinal: roman(congress.ordinal),
            committee: congress.partyCommittee,
            from: congress.termStartYear,
            to: congress.termEndYear,
          })}
        </Typography>
        <Typography
          variant="h5"
          component="p"
          sx={{ fontWeight: 500, mb: 1.5 }}
          data-testid="summary-sentence"
        >
          {sentence}
        </Typography>
        <VerdictBar counts={counts} height={14} />
        <Stack direction="row" spacing={3} sx={{ mt: 1.5, flexWrap: "wrap", rowGap: 1 }}>
          {VERDICT_ORDER.map((v) => (
            <Legend
              key={v}
              colour={v === "NO_DATA" ? "#bdbdbd" : VERDICT_COLOURS[v]}
              label={translate(`app.verdict.${v}`)}
              count={counts[v]}
            />
          ))}
          {summary.atRisk ? (
            <Legend
              colour={STATUS_COLOURS.AT_RISK}
              label={translate("app.track.AT_RISK")}
              count={summary.atRisk}
              outlined
            />
          ) : null}
          {summary.offTrack ? (
            <Legend
              colour={STATUS_COLOURS.OFF_TRACK}
              label={translate("app.track.OFF_TRACK")}
              count={summary.offTrack}
              outlined
            />
          ) : null}
          <Box sx={{ flex: 1 }} />
          <Typography variant="caption" color="text.secondary" sx={{ alignSelf: "center" }}>
            {translate("app.dashboard.as_of", { date: formatDate(summary.asOf, locale) })}
          </Typography>
        </Stack>
        <Box sx={{ mt: 2 }}>
          <TargetTableButton congress={congress} lastYearWithData={lastYearWithData(summary)} />
        </Box>
      </CardContent>
    </Card>
  );
}

function Legend({
  colour,
  label,
  count,
  outlined = false,
}: {
  colour: string;
  label: string;
  count: number;
  outlined?: boolean;
}) {
  return (
    <Stack direction="row" spacing={0.75} sx={{ alignItems: "center" }}>
      <Box
        sx={{
          width: 12,
          height: 12,
          borderRadius: "50%",
          bgcolor: outlined ? "transparent" : colour,
          border: outlined ? `2px solid ${colour}` : "none",
        }}
      />
      <Typography variant="body2">
        {label}: <strong>{count}</strong>
      </Typography>
    </Stack>
  );
}
