/**
 * One target: its verdict, a bar of its indicators' verdicts, and for each
 * indicator the latest approved figure against the goal with a small chart
 * of the figures over the term.
 */
import { Box, Card, CardActionArea, CardContent, Stack, Tooltip, Typography } from "@mui/material";
import { useCreatePath, useLocaleState, useTranslate, Link } from "react-admin";
import { formatDate, formatValue } from "../common/format";
import { goalText, VERDICT_COLOURS } from "../common/indicator";
import { TrackChip, VerdictChip } from "../common/VerdictChip";
import type { CongressSummary } from "../common/useCongress";
import { yearlyFigures } from "./chart-data";
import { IndicatorChart } from "./LazyIndicatorChart";
import type { Assessment, CombinedProgress, DashboardTarget } from "./useDashboardData";
import { VerdictBar } from "./VerdictBar";
import { localized } from "../common/localized";

export function TargetCard({
  target,
  progress,
  congress,
  assessment = null,
  assessmentDiffers = false,
}: {
  target: DashboardTarget;
  progress: CombinedProgress;
  congress: CongressSummary;
  assessment?: Assessment | null;
  assessmentDiffers?: boolean;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const indicators = target.indicators.filter((i) => i.active);
  const counts: Record<string, number> = {};
  for (const i of indicators) counts[i.progress.verdict] = (counts[i.progress.verdict] ?? 0) + 1;
  const title = localized(target, "title", locale);

  return (
    <Card
      sx={{ height: "100%", display: "flex", flexDirection: "column" }}
      data-testid={`target-card-${target.number}`}
    >
      <CardActionArea
        component={Link}
        to={createPath({ resource: "Target", id: target.id, type: "show" })}
      >
        <CardContent sx={{ pb: 1 }}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: "flex-start" }}>
            <Box
              sx={{
                minWidth: 32,
                height: 32,
                borderRadius: "50%",
                bgcolor: VERDICT_COLOURS[progress.verdict] ?? VERDICT_COLOURS.NO_DATA,
                color: "#fff",
                display: "flex",
                alignItems: "center",
                justifyContent: "center",
                fontWeight: 600,
              }}
            >
              {target.number}
            </Box>
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Typography variant="subtitle1" sx={{ fontWeight: 500, lineHeight: 1.3 }}>
                {title}
              </Typography>
              <Tooltip title={locale === "en" ? progress.reasonEn : progress.reason}>
                <Typography variant="caption" color="text.secondary">
                  {translate("app.dashboard.indicators_met", {
                    met: progress.met,
                    total: progress.total,
                  })}
                </Typography>
              </Tooltip>
              {/* Which indicators decide the verdict, so "3/4" never sits unexplained beside it. */}
              {progress.verdict !== "EXCEEDED" &&
              progress.decidedBy.length > 0 &&
              progress.decidedBy.length < progress.total ? (
                <Typography
                  variant="caption"
                  color="text.secondary"
                  component="p"
                  data-testid={`decided-by-${target.number}`}
                >
                  {translate("app.assessment.decided_by", { codes: progress.decidedBy.join(", ") })}
                </Typography>
              ) : null}
              {progress.methodologyNotes.length ? (
                <Tooltip title={progress.methodologyNotes.join(" ")}>
                  <Typography variant="caption" color="info.main" component="p">
                    ⓘ {translate("app.assessment.notes")}
                  </Typography>
                </Tooltip>
              ) : null}
            </Box>
            <Stack spacing={0.5} sx={{ alignItems: "flex-end" }}>
              <VerdictChip verdict={progress.verdict} />
              <TrackChip status={progress.status} />
              {assessment ? (
                <Tooltip
                  title={`${assessment.document}, ${formatDate(assessment.documentDate, locale)}`}
                >
                  <Typography
                    variant="caption"
                    sx={{ fontWeight: assessmentDiffers ? 600 : 400 }}
                    color={assessmentDiffers ? "warning.main" : "text.secondary"}
                    data-testid={`assessment-${target.number}`}
                    data-differs={assessmentDiffers ? "true" : "false"}
                  >
                    {translate("app.assessment.province", {
                      verdict: translate(`app.verdict.${assessment.verdict}`),
                    })}
                  </Typography>
                </Tooltip>
              ) : null}
            </Stack>
          </Stack>
          <Box sx={{ mt: 1 }}>
            <VerdictBar counts={counts} height={6} />
          </Box>
        </CardContent>
      </CardActionArea>
      <CardContent sx={{ pt: 0, flex: 1 }}>
        <Stack spacing={1}>
          {indicators.map((indicator) => {
            const byYear = yearlyFigures(indicator.measurements);
            const lastYear = Math.max(...byYear.keys());
            const latest = byYear.size ? byYear.get(lastYear) : undefined;
            return (
              <Stack
                key={indicator.id}
                direction="row"
                spacing={1}
                sx={{ alignItems: "center" }}
                data-testid={`indicator-row-${indicator.code}`}
                data-verdict={indicator.progress.verdict}
              >
                <Box sx={{ flex: 1, minWidth: 0 }}>
                  <Tooltip
                    title={
                      locale === "en" ? indicator.progress.reasonEn : indicator.progress.reason
                    }
                  >
                    <Typography variant="body2" noWrap>
                      <Box
                        component="span"
                        sx={{
                          display: "inline-block",
                          width: 8,
                          height: 8,
                          borderRadius: "50%",
                          mr: 0.75,
                          bgcolor: VERDICT_COLOURS[indicator.progress.verdict],
                        }}
                      />
                      <strong>{indicator.code}</strong> {localized(indicator, "name", locale)}
                    </Typography>
                  </Tooltip>
                  <Typography variant="caption" color="text.secondary" component="p">
                    {latest !== undefined ? (
                      <>
                        <Box
                          component="span"
                          sx={{ color: "text.primary", fontWeight: 500 }}
                          data-testid={`latest-${indicator.code}`}
                        >
                          {formatValue(latest, indicator.unit, locale)}
                        </Box>{" "}
                        ({lastYear})
                      </>
                    ) : (
                      translate("app.verdict.NO_DATA")
                    )}
                    {" · "}
                    {translate("app.approvals.goal")}:{" "}
                    {goalText(indicator, translate, locale, congress.termEndYear)}
                  </Typography>
                </Box>
                <Box sx={{ width: 120, flexShrink: 0 }}>
                  <IndicatorChart
                    indicator={indicator}
                    figures={indicator.measurements}
                    termStartYear={congress.termStartYear + 1}
                    termEndYear={congress.termEndYear}
                    height={40}
                  />
                </Box>
              </Stack>
            );
          })}
        </Stack>
      </CardContent>
    </Card>
  );
}
