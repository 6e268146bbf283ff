/** Asks for the approval note (optional) or the reason to return or reopen (required). */
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";

export interface ReasonDialogProps {
  open: boolean;
  title: string;
  description?: string;
  /** The figure the step acts on, named so nobody returns the wrong one. */
  subject?: string;
  label: string;
  required: boolean;
  confirmLabel: string;
  confirmColor?: "primary" | "success" | "warning" | "error";
  busy?: boolean;
  onConfirm: (text: string) => void;
  onClose: () => void;
}

export function ReasonDialog(props: ReasonDialogProps) {
  const translate = useTranslate();
  const [text, setText] = useState("");
  const [touched, setTouched] = useState(false);
  const missing = props.required && text.trim() === "";
  const close = () => {
    setText("");
    setTouched(false);
    props.onClose();
  };
  return (
    <Dialog open={props.open} onClose={close} maxWidth="sm" fullWidth>
      <DialogTitle>{props.title}</DialogTitle>
      <DialogContent>
        {props.subject ? (
          <DialogContentText
            sx={{ mb: 1, fontWeight: 600, color: "text.primary" }}
            data-testid="dialog-subject"
          >
            {props.subject}
          </DialogContentText>
        ) : null}
        {props.description ? (
          <DialogContentText sx={{ mb: 2 }}>{props.description}</DialogContentText>
        ) : null}
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={3}
          label={props.label}
          value={text}
          required={props.required}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => setTouched(true)}
          error={touched && missing}
          helperText={touched && missing ? translate("app.workflow.reason_required") : " "}
          slotProps={{ htmlInput: { "data-testid": "reason-input" } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate("ra.action.cancel")}</Button>
        <Button
          variant="contained"
          color={props.confirmColor ?? "primary"}
          disabled={props.busy}
          data-testid="reason-confirm"
          onClick={() => {
            setTouched(true);
            if (missing) return;
            props.onConfirm(text.trim());
            setText("");
            setTouched(false);
          }}
        >
          {props.confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
