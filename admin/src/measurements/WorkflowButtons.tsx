/**
 * The steps the caller may take on the figure in context, and only those:
 * submit (reporters), approve and return (heads of its agency, not on their
 * own submission), reopen (heads and administrators, with a reason).
 */
import CheckIcon from "@mui/icons-material/Check";
import LockOpenIcon from "@mui/icons-material/LockOpen";
import SendIcon from "@mui/icons-material/Send";
import UndoIcon from "@mui/icons-material/Undo";
import { Button, Stack } from "@mui/material";
import { useState } from "react";
import {
  useCanAccess,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from "react-admin";
import { formatValue } from "../common/format";
import { periodText } from "../common/indicator";
import type { Transition } from "../api";
import { ReasonDialog } from "./ReasonDialog";
import { useWorkflow } from "./useWorkflow";

/** "2.c · Tỷ trọng khu vực dịch vụ · Năm 2025 · 45,9%": the figure a dialog acts on. */
function figureName(
  record: RaRecord,
  translate: (key: string, options?: object) => string,
  locale: string,
): string {
  const indicator = record.indicator as { code?: string; name?: string; unit?: string } | undefined;
  return [
    indicator?.code && indicator.name ? `${indicator.code} · ${indicator.name}` : null,
    periodText(record.year as number, record.period as string, translate),
    formatValue(record.value as string, indicator?.unit, locale),
  ]
    .filter(Boolean)
    .join(" · ");
}

function useCan(action: string, record?: RaRecord) {
  return useCanAccess({ action, resource: "Measurement", record }).canAccess === true;
}

export function WorkflowButtons({
  size = "medium",
  compact = false,
}: {
  size?: "small" | "medium";
  compact?: boolean;
}) {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { run, busy } = useWorkflow();
  const [dialog, setDialog] = useState<Transition | null>(null);
  const canSubmit = useCan("submit", record);
  const canApprove = useCan("approve", record);
  const canReturn = useCan("return", record);
  const canReopen = useCan("reopen", record);
  if (!record) return null;
  const target = { id: record.id, version: record.version as number };

  const dialogs: Record<
    Exclude<Transition, "submit">,
    { required: boolean; color: "success" | "warning" | "error" }
  > = {
    approve: { required: false, color: "success" },
    return: { required: true, color: "warning" },
    reopen: { required: true, color: "error" },
  };

  return (
    <Stack
      direction="row"
      spacing={1}
      onClick={(e) => e.stopPropagation()}
      sx={{ "& .MuiButton-root": { whiteSpace: "nowrap" } }}
    >
      {canSubmit ? (
        <Button
          size={size}
          variant="contained"
          startIcon={<SendIcon />}
          disabled={busy}
          onClick={() => void run("submit", target)}
          data-testid="submit-figure"
        >
          {translate("app.workflow.submit")}
        </Button>
      ) : null}
      {canApprove ? (
        <Button
          size={size}
          variant="contained"
          color="success"
          startIcon={<CheckIcon />}
          disabled={busy}
          onClick={() => (compact ? void run("approve", target) : setDialog("approve"))}
          data-testid="approve-figure"
        >
          {translate("app.workflow.approve")}
        </Button>
      ) : null}
      {canReturn ? (
        <Button
          size={size}
          variant="outlined"
          color="warning"
          startIcon={<UndoIcon />}
          disabled={busy}
          onClick={() => setDialog("return")}
          data-testid="return-figure"
        >
          {translate("app.workflow.return")}
        </Button>
      ) : null}
      {canReopen ? (
        <Button
          size={size}
          variant="outlined"
          color="error"
          startIcon={<LockOpenIcon />}
          disabled={busy}
          onClick={() => setDialog("reopen")}
          data-testid="reopen-figure"
        >
          {translate("app.workflow.reopen")}
        </Button>
      ) : null}
      {dialog && dialog !== "submit" ? (
        <ReasonDialog
          open
          title={translate(`app.workflow.dialog.${dialog}.title`)}
          description={translate(`app.workflow.dialog.${dialog}.description`)}
          subject={figureName(record, translate, locale)}
          label={translate(`app.workflow.dialog.${dialog}.label`)}
          required={dialogs[dialog].required}
          confirmLabel={translate(`app.workflow.${dialog}`)}
          confirmColor={dialogs[dialog].color}
          busy={busy}
          onClose={() => setDialog(null)}
          onConfirm={(text) => {
            const step = dialog;
            setDialog(null);
            void run(step, target, text || undefined);
          }}
        />
      ) : null}
    </Stack>
  );
}
