/** Bulk action of the target and indicator lists: assign the selected rows to one agency. */
import AssignmentIndIcon from "@mui/icons-material/AssignmentInd";
import { useState } from "react";
import { Button, useCanAccess, useListContext, useUnselectAll } from "react-admin";
import { AssignDialog } from "./AssignDialog";

export function BulkAssignButton({ kind }: { kind: "target" | "indicator" }) {
  const { selectedIds, resource } = useListContext();
  const unselectAll = useUnselectAll(resource);
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ action: "assign", resource });
  if (!canAccess) return null;
  const ids = selectedIds.map(String);
  return (
    <>
      <Button label="app.assignment.bulk_assign" onClick={() => setOpen(true)}>
        <AssignmentIndIcon />
      </Button>
      <AssignDialog
        open={open}
        targetIds={kind === "target" ? ids : []}
        indicatorIds={kind === "indicator" ? ids : []}
        onClose={(done) => {
          setOpen(false);
          if (done) unselectAll();
        }}
      />
    </>
  );
}
