/** Bulk action: end the selected assignments today (their history stays). */
import EventBusyIcon from "@mui/icons-material/EventBusy";
import { useState } from "react";
import {
  Button,
  Confirm,
  useCanAccess,
  useListContext,
  useNotify,
  useRefresh,
  useUnselectAll,
} from "react-admin";
import { endAssignment } from "../api";
import { vietnamToday } from "../common/format";

export function BulkEndButton() {
  const { selectedIds, resource } = useListContext();
  const unselectAll = useUnselectAll(resource);
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const { canAccess } = useCanAccess({ action: "edit", resource: "Assignment" });
  if (!canAccess) return null;

  const confirm = async () => {
    setBusy(true);
    try {
      for (const id of selectedIds) await endAssignment(String(id), vietnamToday());
      notify("app.assignment.ended", {
        type: "success",
        messageArgs: { smart_count: selectedIds.length },
      });
      unselectAll();
    } catch (error) {
      notify((error as Error).message, { type: "error" });
    } finally {
      setBusy(false);
      setOpen(false);
      refresh();
    }
  };

  return (
    <>
      <Button label="app.assignment.end" onClick={() => setOpen(true)}>
        <EventBusyIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="app.assignment.end_title"
        content="app.assignment.end_confirm"
        translateOptions={{ smart_count: selectedIds.length }}
        onConfirm={() => void confirm()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
