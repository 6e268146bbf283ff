/**
 * Assigns whole targets (every active indicator) or single indicators to an
 * agency in one action, as chủ trì (LEAD, which moves the lead) or phối hợp
 * (COORDINATE). Used from the matrix and from the lists' bulk actions.
 */
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
} from "@mui/material";
import { useState } from "react";
import {
  AutocompleteInput,
  DateInput,
  Form,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SaveButton,
  SelectInput,
  TextInput,
  required,
  useNotify,
  useRefresh,
  useTranslate,
} from "react-admin";
import { assignTarget } from "../api";
import { assignmentRoleChoices, DEFAULT_DUE_DAYS, frequencyChoices } from "../common/choices";
import { vietnamToday } from "../common/format";
import type { AssignmentRole, ReportingFrequency } from "../generated/graphql";
import { sortOf } from "../common/sortable";

export interface AssignDialogProps {
  open: boolean;
  onClose: (done: boolean) => void;
  /** Targets to assign whole, or ... */
  targetIds?: string[];
  /** ... single indicators. */
  indicatorIds?: string[];
  /** A fixed agency (from a matrix cell); otherwise the user picks one. */
  agencyId?: string;
  role?: "LEAD" | "COORDINATE";
  title?: string;
}

interface Values {
  agencyId: string;
  role: AssignmentRole;
  frequency: ReportingFrequency;
  dueDaysAfterPeriod: number;
  note?: string;
  startsOn?: string;
}

export function AssignDialog(props: AssignDialogProps) {
  const { open, onClose, targetIds = [], indicatorIds = [], agencyId, role, title } = props;
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (raw: Record<string, unknown>) => {
    const values = raw as unknown as Values;
    setSaving(true);
    setError(null);
    let created = 0;
    try {
      const common = {
        agencyId: values.agencyId,
        role: values.role,
        frequency: values.frequency,
        dueDaysAfterPeriod: Number(values.dueDaysAfterPeriod),
        note: values.note || null,
        startsOn: values.startsOn || null,
      };
      for (const targetId of targetIds)
        created += (await assignTarget({ ...common, targetId })).length;
      for (const indicatorId of indicatorIds)
        created += (await assignTarget({ ...common, indicatorId })).length;
      if (created) {
        notify("app.assignment.assigned", {
          type: "success",
          messageArgs: { smart_count: created },
        });
      } else {
        notify("app.assignment.assigned_none", { type: "info" });
      }
      refresh();
      onClose(true);
    } catch (e) {
      setError((e as Error).message);
      if (created > 0) refresh();
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open={open} onClose={() => onClose(false)} maxWidth="sm" fullWidth>
      <Form
        onSubmit={submit}
        defaultValues={{
          agencyId,
          role: role ?? "LEAD",
          frequency: "YEARLY",
          dueDaysAfterPeriod: DEFAULT_DUE_DAYS,
          startsOn: vietnamToday(),
        }}
      >
        <DialogTitle>
          {title ??
            translate("app.assignment.bulk_title", {
              smart_count: targetIds.length + indicatorIds.length,
            })}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={0}>
            {agencyId ? null : (
              <ReferenceInput
                source="agencyId"
                reference="Agency"
                filter={{ validOn: vietnamToday() }}
                sort={sortOf("Agency", "shortName", "ASC")}
              >
                <AutocompleteInput
                  label="resources.Assignment.fields.agencyId"
                  optionText="shortName"
                  validate={required()}
                  fullWidth
                />
              </ReferenceInput>
            )}
            <RadioButtonGroupInput
              source="role"
              label="resources.Assignment.fields.role"
              choices={assignmentRoleChoices}
              validate={required()}
              helperText="app.assignment.lead_moves"
            />
            <Stack direction="row" spacing={2}>
              <SelectInput
                source="frequency"
                label="resources.Assignment.fields.frequency"
                choices={frequencyChoices}
                validate={required()}
              />
              <NumberInput
                source="dueDaysAfterPeriod"
                label="resources.Assignment.fields.dueDaysAfterPeriod"
                min={0}
                max={365}
                validate={required()}
              />
              <DateInput source="startsOn" label="resources.Assignment.fields.startsOn" />
            </Stack>
            <TextInput source="note" label="resources.Assignment.fields.note" multiline fullWidth />
            {error ? <Alert severity="error">{error}</Alert> : null}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose(false)}>{translate("ra.action.cancel")}</Button>
          <SaveButton label="app.assignment.assign" disabled={saving} alwaysEnable={!saving} />
        </DialogActions>
      </Form>
    </Dialog>
  );
}
