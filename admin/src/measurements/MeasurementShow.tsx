/** One figure: its value against the goal, where it comes from, its state, the steps the caller may take, its history. */
import { Alert, Grid, Link, Stack, Typography } from "@mui/material";
import {
  DeleteButton,
  EditButton,
  Labeled,
  ReferenceField,
  Show,
  TabbedShowLayout,
  TopToolbar,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { formatDateTime, formatValue } from "../common/format";
import { periodText } from "../common/indicator";
import { HistoryTab, useHistory } from "../common/HistoryTab";
import { StatusChip } from "../common/StatusChip";
import { FIGURE_LIST_FIELDS } from "./fields";
import { IndicatorContext } from "./IndicatorContext";
import { MeasurementTitle } from "./MeasurementTitle";
import { WorkflowButtons } from "./WorkflowButtons";
import { FieldRow } from "../common/FieldRow";
import { FigureCaveats } from "./FigureCaveats";

const SHOW_FIELDS = [
  ...FIGURE_LIST_FIELDS,
  "note",
  "evidenceUrl",
  "createdById",
  "reviewedById",
  "reviewedAt",
  "createdAt",
];

function Actions() {
  return (
    <TopToolbar sx={{ alignItems: "center" }}>
      <WorkflowButtons size="small" />
      <EditButton />
      <DeleteButton mutationMode="pessimistic" />
    </TopToolbar>
  );
}

function ReviewNote() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.reviewNote) return null;
  const returned = record.status === "RETURNED";
  return (
    <Alert severity={returned ? "warning" : "info"} sx={{ mb: 2 }} data-testid="review-note">
      <strong>
        {translate(returned ? "app.measurement.returned_reason" : "app.measurement.review_note")}:
      </strong>{" "}
      {record.reviewNote as string}
    </Alert>
  );
}

function Summary() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: history } = useHistory("Measurement", record?.id);
  if (!record) return null;
  const indicator = record.indicator as { code: string; name: string; unit: string } | undefined;
  // Names of who submitted and reviewed come from the history, which every reader of the figure may see.
  const actor = (steps: string[]) =>
    [...(history ?? [])].reverse().find((h) => steps.some((s) => h.action.endsWith(`.${s}`)))
      ?.actorName ?? "—";
  return (
    <Grid container spacing={3}>
      <Grid size={{ xs: 12, md: 7 }}>
        <ReviewNote />
        <Typography variant="subtitle2" color="text.secondary">
          {indicator?.code} ·{" "}
          {periodText(record.year as number, record.period as string, translate)}
        </Typography>
        <Typography variant="h6">{indicator?.name}</Typography>
        <Stack direction="row" spacing={2} sx={{ alignItems: "center", my: 1.5 }}>
          <Typography
            variant="h3"
            component="p"
            data-testid="figure-value"
            sx={{ fontVariantNumeric: "tabular-nums" }}
          >
            {formatValue(record.value as string, indicator?.unit, locale)}
          </Typography>
          <StatusChip status={record.status as string} />
          <Typography variant="body2" color="text.secondary">
            {translate(`app.enums.valueKind.${record.valueKind}`)}
          </Typography>
        </Stack>
        <FieldRow>
          <Labeled label="resources.Measurement.fields.agencyId">
            <ReferenceField source="agencyId" reference="Agency" link="show" />
          </Labeled>
          <Labeled label="resources.Measurement.fields.source">
            <Typography variant="body2">{(record.source as string) || "—"}</Typography>
          </Labeled>
          <Labeled label="resources.Measurement.fields.evidenceUrl">
            {record.evidenceUrl ? (
              <Link
                href={record.evidenceUrl as string}
                target="_blank"
                rel="noopener noreferrer"
                variant="body2"
              >
                {record.evidenceUrl as string}
              </Link>
            ) : (
              <Typography variant="body2">—</Typography>
            )}
          </Labeled>
        </FieldRow>
        <FigureCaveats />
        {record.note ? (
          <Labeled label="resources.Measurement.fields.note">
            <Typography variant="body2">{record.note as string}</Typography>
          </Labeled>
        ) : null}
        <FieldRow mt={1}>
          <Labeled label="resources.Measurement.fields.submittedById">
            <Typography variant="body2" component="span">
              {actor(["submit"])}{" "}
              {record.submittedAt
                ? `· ${formatDateTime(record.submittedAt as string, locale)}`
                : ""}
            </Typography>
          </Labeled>
          <Labeled label="resources.Measurement.fields.reviewedById">
            <Typography variant="body2" component="span">
              {actor(["approve", "return", "reopen"])}{" "}
              {record.reviewedAt ? `· ${formatDateTime(record.reviewedAt as string, locale)}` : ""}
            </Typography>
          </Labeled>
        </FieldRow>
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <IndicatorContext
          indicatorId={record.indicatorId as string}
          year={record.year as number}
          period={record.period as string}
          exceptId={String(record.id)}
        />
      </Grid>
    </Grid>
  );
}

export function MeasurementShow() {
  return (
    <Show
      actions={<Actions />}
      title={<MeasurementTitle />}
      queryOptions={{ meta: { sparseFields: SHOW_FIELDS } }}
    >
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="app.common.overview">
          <Summary />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.history.title" path="history">
          <HistoryTab type="Measurement" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
