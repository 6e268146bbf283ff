/**
 * The head's queue: figures of their agency awaiting approval, each with the
 * indicator's goal, the previous approved figure and the change, so a
 * figure can be judged on one line. Approve in one click, return with a
 * reason, or approve a selection at once.
 */
import {
  Box,
  Card,
  CardContent,
  Chip,
  Stack,
  Tooltip,
  Typography,
  useMediaQuery,
  type Theme,
} from "@mui/material";
import {
  AutocompleteInput,
  DataTable,
  FunctionField,
  List,
  Loading,
  RecordContextProvider,
  ReferenceInput,
  useListContext,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from "react-admin";
import { formatChange, formatDateTime, formatNumber, formatValue } from "../common/format";
import { goalText, periodText, type GoalLike } from "../common/indicator";
import { useCaller } from "../common/useCaller";
import { QUEUE_FIELDS } from "../measurements/fields";
import { change, previousFigure, type FigureLike } from "../measurements/previous";
import { WorkflowButtons } from "../measurements/WorkflowButtons";
import { BulkApproveButton } from "./BulkApproveButton";
import { EmptyQueue } from "./EmptyQueue";
import { SortableTable } from "../common/SortableTable";
import { sortOf } from "../common/sortable";
import type { MeasurementReturn } from "../generated/schema";

type QueueIndicator = GoalLike & {
  code: string;
  name: string;
  unitKind: string;
  measurements?: FigureLike[];
};

function indicatorOf(record: RaRecord): QueueIndicator {
  return record.indicator as QueueIndicator;
}

function FigureCell() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const indicator = indicatorOf(record);
  return (
    <Box>
      <Typography
        variant="body1"
        sx={{ fontWeight: 600, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }}
      >
        {formatValue(record.value as string, indicator.unit, locale)}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {translate("app.approvals.goal")}: {goalText(indicator, translate, locale)}
      </Typography>
    </Box>
  );
}

type LastReturn = MeasurementReturn;

/** A figure sent again after a return: marked, with the value it had then, the new one, and the reason. */
function ResubmittedNote() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const last = record?.lastReturn as LastReturn | null | undefined;
  if (!record?.resubmitted || !last) return null;
  const unit = indicatorOf(record).unit;
  return (
    <Stack spacing={0.25} sx={{ mt: 0.5 }} data-testid="resubmitted">
      <Box>
        <Chip size="small" color="info" label={translate("app.approvals.resubmitted")} />
      </Box>
      <Typography variant="caption" sx={{ fontVariantNumeric: "tabular-nums" }}>
        {formatValue(last.value, unit, locale)} →{" "}
        {formatValue(record.value as string, unit, locale)}
      </Typography>
      {last.reason ? (
        <Typography variant="caption" color="text.secondary">
          {translate("app.approvals.earlier_reason", {
            reason: last.reason,
            who: last.reviewer ?? "—",
            at: formatDateTime(last.at, locale),
          })}
        </Typography>
      ) : null}
    </Stack>
  );
}

function PreviousCell() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const indicator = indicatorOf(record);
  const previous = previousFigure(
    indicator.measurements,
    record.year as number,
    record.period as string,
    String(record.id),
  );
  if (!previous)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate("app.measurement.no_previous")}
      </Typography>
    );
  return (
    <Box>
      <Typography variant="body2" sx={{ fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }}>
        {formatValue(previous.value, indicator.unit, locale)}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {periodText(previous.year, previous.period, translate)}
      </Typography>
    </Box>
  );
}

function ChangeCell() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const indicator = indicatorOf(record);
  const previous = previousFigure(
    indicator.measurements,
    record.year as number,
    record.period as string,
    String(record.id),
  );
  const { absolute, relative } = change(record.value as string, previous, indicator.unitKind);
  if (absolute === null) return <span>—</span>;
  const unit = indicator.unit === "%" ? ` ${translate("app.approvals.points")}` : "";
  // A jump of more than half deserves a second look before approval.
  const unusual = relative !== null && Math.abs(relative) > 50;
  return (
    <Tooltip title={unusual ? translate("app.approvals.unusual") : ""}>
      <Box sx={{ color: unusual ? "warning.dark" : "text.primary", whiteSpace: "nowrap" }}>
        <Typography variant="body2" sx={{ fontVariantNumeric: "tabular-nums" }}>
          {formatChange(absolute, locale)}
          {unit}
          {unusual ? " ⚠" : ""}
        </Typography>
        {relative !== null ? (
          <Typography variant="caption" color="text.secondary">
            {relative > 0 ? "+" : relative < 0 ? "−" : ""}
            {formatNumber(Math.abs(relative), locale, 1)}%
          </Typography>
        ) : null}
      </Box>
    </Tooltip>
  );
}

/** On a phone, one card per figure: what, the value against its goal, the return loop, who sent it, the buttons. */
function QueueCards() {
  const { data } = useListContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Stack spacing={1} sx={{ p: 1 }} data-testid="approval-queue">
      {(data ?? []).map((record) => (
        <RecordContextProvider key={record.id} value={record}>
          <Card variant="outlined">
            <CardContent sx={{ pb: 1 }}>
              <Typography variant="body2" sx={{ fontWeight: 500 }}>
                {indicatorOf(record).code} · {indicatorOf(record).name}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {periodText(record.year as number, record.period as string, translate)}
              </Typography>
              <ResubmittedNote />
              <Stack direction="row" spacing={2} sx={{ mt: 1, alignItems: "flex-start" }}>
                <FigureCell />
                <PreviousCell />
              </Stack>
              <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
                {formatDateTime(record.submittedAt as string, locale)}
                {record.submittedByLabel ? ` · ${record.submittedByLabel as string}` : ""}
              </Typography>
              <Box sx={{ mt: 1 }}>
                <WorkflowButtons size="small" compact />
              </Box>
            </CardContent>
          </Card>
        </RecordContextProvider>
      ))}
    </Stack>
  );
}

/** One line on how the queue works, where the list's buttons would be. */
function QueueHelp() {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 1.5, flex: 1 }}>
      {translate("app.approvals.help")}
    </Typography>
  );
}

export function ApprovalQueue() {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down("sm"));
  const caller = useCaller();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!caller) return <Loading />;
  const anyAgency = caller.permissions.includes("ReviewAnyAgency");
  // The server shows a head only their own agency's figures; the filter says so in the query too.
  const filter =
    anyAgency || !caller.agencyId
      ? { status: "SUBMITTED" }
      : { status: "SUBMITTED", agencyId: caller.agencyId };
  const filters = anyAgency
    ? [
        <ReferenceInput key="agencyId" source="agencyId" reference="Agency" alwaysOn>
          <AutocompleteInput optionText="shortName" label="resources.Measurement.fields.agencyId" />
        </ReferenceInput>,
      ]
    : undefined;
  const canSelect = (record: RaRecord) => record.submittedById !== caller.id;
  const table = (
    <SortableTable
      bulkActionButtons={<BulkApproveButton />}
      isRowSelectable={canSelect}
      rowClick="show"
      data-testid="approval-queue"
    >
      <DataTable.Col label="resources.Measurement.fields.indicatorId">
        <FunctionField
          render={(r) => (
            <Stack>
              <Typography variant="body2" sx={{ fontWeight: 500 }}>
                {indicatorOf(r).code} · {indicatorOf(r).name}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {periodText(r.year, r.period, translate)}
                {anyAgency ? ` · ${(r.agency as { shortName?: string })?.shortName ?? ""}` : ""}
              </Typography>
              <ResubmittedNote />
            </Stack>
          )}
        />
      </DataTable.Col>
      <DataTable.Col source="value" label="app.approvals.figure" sx={{ minWidth: 150 }}>
        <FigureCell />
      </DataTable.Col>
      <DataTable.Col label="app.approvals.previous">
        <PreviousCell />
      </DataTable.Col>
      <DataTable.Col label="app.approvals.change">
        <ChangeCell />
      </DataTable.Col>
      <DataTable.Col source="source">
        <FunctionField
          render={(r) => (
            <Stack>
              <Typography variant="body2">{r.source || "—"}</Typography>
              <Typography variant="caption" color="text.secondary">
                {translate(`app.enums.valueKind.${r.valueKind}`)}
              </Typography>
            </Stack>
          )}
        />
      </DataTable.Col>
      <DataTable.Col source="submittedAt">
        <FunctionField
          render={(r) => (
            <Stack>
              <Typography variant="body2" sx={{ whiteSpace: "nowrap" }}>
                {formatDateTime(r.submittedAt, locale)}
              </Typography>
              <Typography variant="caption" color="text.secondary" data-testid="submitter">
                {(r.submittedByLabel as string | null) ?? ""}
              </Typography>
            </Stack>
          )}
        />
      </DataTable.Col>
      <DataTable.Col label="app.common.actions">
        <WorkflowButtons size="small" compact />
      </DataTable.Col>
    </SortableTable>
  );

  return (
    <List
      resource="Measurement"
      title={
        translate("app.approvals.title") + (caller.agency ? ` · ${caller.agency.shortName}` : "")
      }
      filter={filter}
      filters={filters}
      sort={sortOf("Measurement", "submittedAt", "ASC")}
      perPage={25}
      storeKey="approvals"
      disableSyncWithLocation
      queryOptions={{ meta: { sparseFields: QUEUE_FIELDS } }}
      empty={<EmptyQueue />}
      exporter={false}
      actions={<QueueHelp />}
    >
      {phone ? <QueueCards /> : table}
    </List>
  );
}
