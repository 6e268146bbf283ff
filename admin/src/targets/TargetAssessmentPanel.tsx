/**
 * Beside a target's computed verdict: which indicators decide it, the methodology notes that
 * qualify it, and the province's own assessment (with its document and date), saying where the
 * two differ. Administrators record a new assessment here; earlier ones stay in the list. The
 * computed verdict is never changed by it.
 */
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from "@mui/material";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useLocaleState, useNotify, useRecordContext, useTranslate } from "react-admin";
import { ASSESSED_VERDICTS } from "../common/choices";
import { formatDate, vietnamToday } from "../common/format";
import { useHasPermission } from "../common/useCaller";
import { VerdictChip } from "../common/VerdictChip";
import type { AssessedVerdict } from "../generated/graphql";
import { graphql } from "../generated";
import { gql } from "../graphql";
import type { Target } from "../generated/schema";

const TARGET_ASSESSMENT = graphql(`
  query TargetAssessment($id: ID!) {
    Target(id: $id) {
      progress {
        verdict
        reason
        reasonEn
        decidedBy
        methodologyNotes
        total
      }
      assessments {
        id
        verdict
        reason
        document
        documentDate
      }
    }
  }
`);

const ASSESS = graphql(`
  mutation AssessTarget($t: ID!, $v: AssessedVerdict!, $r: String!, $d: String!, $dd: LocalDate!) {
    assessTarget(targetId: $t, verdict: $v, reason: $r, document: $d, documentDate: $dd) {
      id
    }
  }
`);

export function useTargetAssessment(id: string | undefined) {
  return useQuery({
    queryKey: ["target-assessment", id],
    enabled: !!id,
    queryFn: async () => (await gql(TARGET_ASSESSMENT, { id: id! })).Target,
  });
}

export function TargetAssessmentPanel() {
  const record = useRecordContext<Pick<Target, "id">>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data } = useTargetAssessment(record?.id ? String(record.id) : undefined);
  const canAssess = useHasPermission("AssessTarget");
  const [open, setOpen] = useState(false);
  if (!record || !data) return null;
  const { progress, assessments } = data;
  const [latest, ...earlier] = assessments;
  const differs = latest && latest.verdict !== progress.verdict;
  return (
    <Stack spacing={1.5} sx={{ my: 2 }} data-testid="target-assessment">
      <Typography variant="body2" color="text.secondary">
        {locale === "en" ? progress.reasonEn : progress.reason}
      </Typography>
      {progress.decidedBy.length > 0 &&
      progress.decidedBy.length < progress.total &&
      progress.verdict !== "EXCEEDED" ? (
        <Typography variant="body2" data-testid="decided-by">
          {translate("app.assessment.decided_by", { codes: progress.decidedBy.join(", ") })}
        </Typography>
      ) : null}
      {progress.methodologyNotes.length > 0 ? (
        <Alert severity="info" data-testid="methodology-notes">
          <strong>{translate("app.assessment.notes")}:</strong>
          {progress.methodologyNotes.map((note) => (
            <div key={note}>{note}</div>
          ))}
        </Alert>
      ) : null}
      <Box>
        <Typography variant="subtitle2">{translate("app.assessment.title")}</Typography>
        {latest ? (
          <Stack
            spacing={0.5}
            data-testid="assessment-latest"
            data-differs={differs ? "true" : "false"}
          >
            <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
              <VerdictChip verdict={latest.verdict} />
              <Typography variant="body2">
                {latest.document}, {formatDate(latest.documentDate, locale)}
              </Typography>
            </Stack>
            <Typography variant="body2">{latest.reason}</Typography>
            {differs ? (
              <Alert severity="warning">{translate("app.assessment.differs")}</Alert>
            ) : null}
            {earlier.map((a) => (
              <Typography key={a.id} variant="caption" color="text.secondary">
                {translate(`app.verdict.${a.verdict}`)} · {a.document},{" "}
                {formatDate(a.documentDate, locale)}
              </Typography>
            ))}
          </Stack>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate("app.assessment.none")}
          </Typography>
        )}
      </Box>
      {canAssess ? (
        <Box>
          <Button variant="outlined" onClick={() => setOpen(true)} data-testid="assess-target">
            {translate("app.assessment.record")}
          </Button>
          <AssessDialog targetId={String(record.id)} open={open} onClose={() => setOpen(false)} />
        </Box>
      ) : null}
    </Stack>
  );
}

function AssessDialog({
  targetId,
  open,
  onClose,
}: {
  targetId: string;
  open: boolean;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [verdict, setVerdict] = useState("MET");
  const [reason, setReason] = useState("");
  const [document, setDocument] = useState("");
  const [documentDate, setDocumentDate] = useState(vietnamToday());
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      await gql(ASSESS, {
        t: targetId,
        v: verdict as AssessedVerdict,
        r: reason,
        d: document,
        dd: documentDate,
      });
      notify("app.assessment.saved", { type: "success" });
      await queryClient.invalidateQueries({ queryKey: ["target-assessment", targetId] });
      await queryClient.invalidateQueries({ queryKey: ["dashboard"] });
      onClose();
    } catch (error) {
      notify((error as Error).message, { type: "warning" });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{translate("app.assessment.record")}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField
            select
            label={translate("app.assessment.title")}
            value={verdict}
            onChange={(e) => setVerdict(e.target.value)}
          >
            {ASSESSED_VERDICTS.map((v) => (
              <MenuItem key={v} value={v}>
                {translate(`app.enums.assessedVerdict.${v}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={translate("app.assessment.reason")}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            multiline
            minRows={2}
            required
            slotProps={{ htmlInput: { maxLength: 2000 } }}
          />
          <TextField
            label={translate("app.assessment.document")}
            value={document}
            onChange={(e) => setDocument(e.target.value)}
            required
            slotProps={{ htmlInput: { maxLength: 300 } }}
          />
          <TextField
            type="date"
            label={translate("app.assessment.document_date")}
            value={documentDate}
            onChange={(e) => setDocumentDate(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("ra.action.cancel")}</Button>
        <Button
          variant="contained"
          disabled={busy || !reason.trim() || !document.trim()}
          onClick={() => void save()}
        >
          {translate("ra.action.save")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
