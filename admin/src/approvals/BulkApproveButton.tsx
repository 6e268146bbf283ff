/** Approves the selected figures one by one, each at the version shown; reports approvals and conflicts. */
import DoneAllIcon from "@mui/icons-material/DoneAll";
import { useState } from "react";
import {
  Button,
  Confirm,
  useListContext,
  useNotify,
  useRefresh,
  useUnselectAll,
} from "react-admin";
import { transitionMeasurement } from "../api";
import { errorCode } from "../graphql";

export function BulkApproveButton() {
  const { selectedIds, data, resource } = useListContext();
  const unselectAll = useUnselectAll(resource, "approvals");
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const approve = async () => {
    setBusy(true);
    let approved = 0;
    let conflicts = 0;
    const failures: string[] = [];
    for (const row of (data ?? []).filter((r) => selectedIds.includes(r.id))) {
      try {
        await transitionMeasurement("approve", String(row.id), row.version as number);
        approved++;
      } catch (error) {
        if (errorCode(error) === "CONFLICT") conflicts++;
        else failures.push((error as Error).message);
      }
    }
    setBusy(false);
    setOpen(false);
    unselectAll();
    refresh();
    notify(
      conflicts || failures.length ? "app.approvals.bulk_partial" : "app.approvals.bulk_done",
      {
        type: conflicts || failures.length ? "warning" : "success",
        messageArgs: {
          smart_count: approved,
          conflicts,
          failures: failures.length,
          detail: failures[0] ?? "",
        },
        autoHideDuration: 10000,
      },
    );
  };

  return (
    <>
      <Button
        label="app.approvals.bulk_approve"
        onClick={() => setOpen(true)}
        data-testid="bulk-approve"
      >
        <DoneAllIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="app.approvals.bulk_title"
        content="app.approvals.bulk_content"
        translateOptions={{ smart_count: selectedIds.length }}
        onConfirm={() => void approve()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
