/** The completeness table on its own page: what leaders most want to follow (which agency has reported). */
import { Box, Typography } from "@mui/material";
import { useState } from "react";
import { Loading, Title, useTranslate } from "react-admin";
import { useCongress } from "../common/useCongress";
import { CompletenessCard } from "./CompletenessCard";
import { reportingYear } from "./useMissingReports";

export function CompletenessPage() {
  const translate = useTranslate();
  const congress = useCongress();
  const [year, setYear] = useState<number | null>(null);
  if (congress.isPending) return <Loading />;
  const c = congress.data;
  if (!c) return <Typography sx={{ mt: 2 }}>{translate("app.dashboard.no_congress")}</Typography>;
  const years: number[] = [];
  for (let y = c.termEndYear; y > c.termStartYear; y--) years.push(y);
  return (
    <Box sx={{ py: 2 }} data-testid="completeness-page">
      <Title title="app.menu.completeness" />
      <CompletenessCard
        congressId={c.id}
        year={year ?? reportingYear(c.termStartYear + 1, c.termEndYear)}
        years={years}
        onYear={setYear}
      />
    </Box>
  );
}
