/** Why an indicator has its verdict: value so far, projection, rate still needed, years missing. */
import { Typography } from "@mui/material";
import { useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { formatValue } from "../common/format";
import type { Progress } from "../common/VerdictChip";

const years = (value: Progress["yearsMissing"]) =>
  Array.isArray(value) ? value.join(", ") : value != null ? String(value) : "";

export function ProgressDetails() {
  const record = useRecordContext<{
    id: string;
    unit?: string;
    methodologyNote?: string | null;
    progress?: (Progress & { reasonEn?: string | null }) | null;
  }>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const p = record?.progress;
  if (!p) return null;
  const unit = record?.unit;
  const parts = [
    p.valueSoFar != null &&
      `${translate("app.progress.valueSoFar")}: ${formatValue(p.valueSoFar, unit, locale)}`,
    p.projected != null &&
      `${translate("app.progress.projected")}: ${formatValue(p.projected, unit, locale)}`,
    p.neededPerYear != null &&
      `${translate("app.progress.neededPerYear")}: ${formatValue(p.neededPerYear, unit, locale)}`,
    years(p.yearsMissing) && `${translate("app.progress.yearsMissing")}: ${years(p.yearsMissing)}`,
  ].filter(Boolean);
  return (
    <>
      {p.reason ? (
        <Typography variant="body2">
          {locale === "en" && p.reasonEn ? p.reasonEn : p.reason}
        </Typography>
      ) : null}
      {record?.methodologyNote ? (
        <Typography variant="body2" color="info.main" data-testid="methodology-note">
          {translate("app.assessment.notes")}: {record.methodologyNote}
        </Typography>
      ) : null}
      {parts.length ? (
        <Typography variant="body2" color="text.secondary">
          {parts.join(" · ")}
        </Typography>
      ) : null}
    </>
  );
}
