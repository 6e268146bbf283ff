/**
 * The landing page. Everyone sees the summary sentence and the 20 targets;
 * a head also sees the queue and the agency's missing reports; a reporter
 * the agency's missing reports; the provincial office the completeness of
 * every agency.
 */
import { Alert, Box, Grid, Typography } from "@mui/material";
import { useState } from "react";
import { Loading, Title, useTranslate } from "react-admin";
import { useCaller } from "../common/useCaller";
import type { Permission } from "../permissions";
import { useCongress } from "../common/useCongress";
import { CompletenessCard } from "./CompletenessCard";
import { MissingReportsCard } from "./MissingReportsCard";
import { QueueCard } from "./QueueCard";
import { SummaryCard } from "./SummaryCard";
import { TargetCard } from "./TargetCard";
import { useDashboardData } from "./useDashboardData";
import { reportingYear } from "./useMissingReports";

export function Dashboard() {
  const translate = useTranslate();
  const caller = useCaller();
  const congress = useCongress();
  const summary = useDashboardData(congress.data?.id);
  const [year, setYear] = useState<number | null>(null);

  if (congress.isPending || summary.isPending || !caller) return <Loading />;
  if (congress.error || summary.error || !congress.data || !summary.data) {
    return (
      <Alert severity="error" sx={{ mt: 2 }}>
        {((congress.error ?? summary.error) as Error | null)?.message ??
          translate("app.dashboard.no_congress")}
      </Alert>
    );
  }
  const c = congress.data;
  const can = (p: Permission) => caller.permissions.includes(p);
  const shownYear = year ?? reportingYear(c.termStartYear + 1, c.termEndYear);
  const years: number[] = [];
  for (let y = c.termEndYear; y > c.termStartYear; y--) years.push(y);
  const reviewsAll = can("ReviewAnyAgency");
  const heads = can("ApproveMeasurement");
  // Province-wide readers (leadership, the provincial office) follow every agency's reports.
  const provinceWide = reviewsAll || !caller.agencyId;

  return (
    <Box sx={{ py: 2 }}>
      <Title title="app.dashboard.title" />
      <Grid container spacing={2}>
        <Grid size={12}>
          <SummaryCard summary={summary.data} congress={c} />
        </Grid>
        {heads ? (
          <Grid size={{ xs: 12, md: reviewsAll ? 5 : 6 }}>
            <QueueCard agencyId={reviewsAll ? null : caller.agencyId} />
          </Grid>
        ) : null}
        {provinceWide ? (
          <Grid size={{ xs: 12, md: heads ? 7 : 12 }}>
            <CompletenessCard congressId={c.id} year={shownYear} years={years} onYear={setYear} />
          </Grid>
        ) : caller.agencyId ? (
          <Grid size={{ xs: 12, md: heads ? 6 : 12 }}>
            <MissingReportsCard
              congressId={c.id}
              year={shownYear}
              agencyId={caller.agencyId}
              canReport={can("SaveMeasurement")}
            />
          </Grid>
        ) : null}
        <Grid size={12}>
          <Typography variant="h6" component="h2" sx={{ mt: 1 }}>
            {translate("app.dashboard.targets", { smart_count: summary.data.targets.length })}
          </Typography>
        </Grid>
        {summary.data.targets.map(({ target, progress, assessment, assessmentDiffers }) => (
          <Grid key={target.id} size={{ xs: 12, md: 6, xl: 4 }}>
            <TargetCard
              target={target}
              progress={progress}
              congress={c}
              assessment={assessment}
              assessmentDiffers={assessmentDiffers}
            />
          </Grid>
        ))}
      </Grid>
    </Box>
  );
}
