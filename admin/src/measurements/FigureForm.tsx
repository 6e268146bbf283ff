/**
 * The reporter's form for one indicator and period: the goal, unit and last
 * figure beside it; the value checked for its kind of quantity before it is
 * sent (a share 0–100, a count a whole number ≥ 0); saved as a draft or saved
 * and submitted in one go. A returned figure shows the head's reason on top.
 */
import SendIcon from "@mui/icons-material/Send";
import { Alert, Grid, Stack, Typography } from "@mui/material";
import {
  AutocompleteInput,
  DateInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  required,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from "react-admin";
import { periodChoices, valueKindChoices } from "../common/choices";
import { DecimalInput, type Reference } from "../common/DecimalInput";
import { parseDecimal, toNumber } from "../common/format";
import { valueProblem } from "../common/indicator";
import { useCaller } from "../common/useCaller";
import { useCongress } from "../common/useCongress";
import { useFormState } from "react-hook-form";
import { IndicatorContext, useIndicatorDetail } from "./IndicatorContext";
import { previousFigure } from "./previous";
import { useSaveAndSubmit } from "./useSaveAndSubmit";
import { sortOf } from "../common/sortable";

/**
 * The form already holds decimals (DecimalInput reads what is typed with the one number
 * reader); this only passes them on, and drops an empty conversion.
 */
export function transformFigure(data: RaRecord): RaRecord {
  const decimal = (v: unknown) =>
    v === "" || v === undefined ? null : (parseDecimal(v as string) ?? v);
  return {
    ...data,
    value: parseDecimal(data.value as string) ?? data.value,
    ...("reportedValue" in data ? { reportedValue: decimal(data.reportedValue) } : {}),
    ...("conversionRate" in data ? { conversionRate: decimal(data.conversionRate) } : {}),
  };
}

function ValueInput({
  indicatorId,
  year,
  period,
}: {
  indicatorId?: string;
  year?: number;
  period?: string;
}) {
  const translate = useTranslate();
  const record = useRecordContext();
  const { data: indicator } = useIndicatorDetail(indicatorId);
  const validateValue = (value: unknown) => {
    if (value === undefined || value === null || value === "") return undefined;
    return valueProblem(String(value), indicator?.unitKind) ?? undefined;
  };
  // What a value is compared with: the goal, and the last approved figure.
  const references: Reference[] = [];
  const goal = toNumber(indicator?.targetMin ?? indicator?.targetMax ?? null);
  if (goal !== null) references.push({ label: translate("app.number.goal"), value: goal });
  const last = year
    ? previousFigure(
        indicator?.measurements,
        Number(year),
        period ?? "YEAR",
        record?.id ? String(record.id) : undefined,
      )
    : null;
  const lastValue = toNumber(last?.value ?? null);
  if (lastValue !== null)
    references.push({ label: translate("app.number.last_approved"), value: lastValue });
  return (
    <DecimalInput
      source="value"
      unit={indicator?.unit}
      references={references}
      validate={[required(), validateValue]}
      hint={
        indicator
          ? translate(`app.measurement.hint.${indicator.unitKind}`, { unit: indicator.unit })
          : " "
      }
      testId="value-input"
    />
  );
}

/** Why the save buttons are greyed out, said beside them rather than left to guess. */
function DisabledReason() {
  const translate = useTranslate();
  const { isDirty, isSubmitting, isValidating, errors, isSubmitted } = useFormState();
  const invalid = isSubmitted && Object.keys(errors).length > 0;
  const reason = isSubmitting
    ? "app.measurement.saving"
    : invalid
      ? "app.measurement.fix_errors"
      : !isDirty && !isValidating
        ? "app.measurement.no_changes"
        : null;
  if (!reason) return null;
  return (
    <Typography variant="caption" color="text.secondary" data-testid="save-disabled-reason">
      {translate(reason)}
    </Typography>
  );
}

function FigureToolbar({ canSubmit, editing }: { canSubmit: boolean; editing: boolean }) {
  const saveAndSubmit = useSaveAndSubmit();
  return (
    <Toolbar sx={{ gap: 1, flexWrap: "wrap" }}>
      <SaveButton label="app.measurement.save_draft" variant="outlined" data-testid="save-draft" />
      {canSubmit ? (
        <SaveButton
          type="button"
          label="app.measurement.save_submit"
          icon={<SendIcon />}
          data-testid="save-submit"
          // A draft opened unchanged can still be sent for approval as it is.
          alwaysEnable={editing}
          mutationOptions={{ onSuccess: saveAndSubmit }}
          transform={transformFigure}
        />
      ) : null}
      <DisabledReason />
    </Toolbar>
  );
}

function ReturnedReason() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (record?.status !== "RETURNED" || !record.reviewNote) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2, width: "100%" }} data-testid="returned-reason">
      <strong>{translate("app.measurement.returned_reason")}:</strong> {record.reviewNote as string}
    </Alert>
  );
}

function Context({
  indicatorId,
  year,
  period,
}: {
  indicatorId?: string;
  year?: number;
  period?: string;
}) {
  const record = useRecordContext();
  return (
    <IndicatorContext
      indicatorId={indicatorId}
      year={year ? Number(year) : undefined}
      period={period}
      exceptId={record?.id ? String(record.id) : undefined}
    />
  );
}

export function FigureForm({ editing = false }: { editing?: boolean }) {
  const caller = useCaller();
  const { data: congress } = useCongress();
  const currentYear = Number(new Date().getFullYear());
  const first = congress?.termStartYear ?? 2020;
  const last = Math.min(congress?.termEndYear ?? currentYear, currentYear);
  const years = [];
  for (let y = last; y >= first; y--) years.push({ id: y, name: String(y) });
  const ownAgency = caller?.agencyId;
  const canSubmit = caller?.permissions.includes("SubmitMeasurement") ?? false;

  return (
    <SimpleForm
      toolbar={<FigureToolbar canSubmit={canSubmit} editing={editing} />}
      defaultValues={{ period: "YEAR", valueKind: "OFFICIAL", year: last }}
      warnWhenUnsavedChanges
    >
      <ReturnedReason />
      <Grid container spacing={3} sx={{ width: "100%" }}>
        <Grid size={{ xs: 12, md: 7 }}>
          <ReferenceInput
            source="indicatorId"
            reference="Indicator"
            filter={ownAgency ? { agencyId: ownAgency, active: true } : { active: true }}
            sort={sortOf("Indicator", "code", "ASC")}
            perPage={100}
          >
            <AutocompleteInput
              optionText={(r) => `${r.code} · ${r.name}`}
              validate={required()}
              disabled={editing}
              fullWidth
            />
          </ReferenceInput>
          {!ownAgency && !editing ? (
            <ReferenceInput source="agencyId" reference="Agency">
              <AutocompleteInput optionText="shortName" validate={required()} fullWidth />
            </ReferenceInput>
          ) : null}
          <Stack direction="row" spacing={2}>
            <SelectInput source="year" choices={years} validate={required()} />
            <SelectInput source="period" choices={periodChoices} validate={required()} />
          </Stack>
          <FormDataConsumer>
            {({ formData }) => (
              <ValueInput
                indicatorId={formData.indicatorId}
                year={formData.year}
                period={formData.period}
              />
            )}
          </FormDataConsumer>
          <RadioButtonGroupInput source="valueKind" choices={valueKindChoices} />
          <TextInput source="source" fullWidth helperText="app.measurement.source_help" />
          <TextInput source="evidenceUrl" type="url" fullWidth />
          <DateInput source="reportedOn" />
          <TextInput source="note" multiline minRows={2} fullWidth />
          <TextInput source="methodologyNote" multiline fullWidth />
          <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
            <DecimalInput
              source="reportedValue"
              label="resources.Measurement.fields.reportedValue"
            />
            <TextInput source="reportedUnit" />
            <DecimalInput
              source="conversionRate"
              label="resources.Measurement.fields.conversionRate"
            />
          </Stack>
          <TextInput source="rateSource" fullWidth />
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <FormDataConsumer>
            {({ formData }) => (
              <Context
                indicatorId={formData.indicatorId}
                year={formData.year}
                period={formData.period}
              />
            )}
          </FormDataConsumer>
        </Grid>
      </Grid>
    </SimpleForm>
  );
}
