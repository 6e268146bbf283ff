/** On a target's page: edit it, or assign the whole target to an agency in one action. */
import AssignmentIndIcon from "@mui/icons-material/AssignmentInd";
import { useState } from "react";
import { Button, EditButton, TopToolbar, useCanAccess, useRecordContext } from "react-admin";
import { AssignDialog } from "../assignments/AssignDialog";

export function TargetAssignButton() {
  const record = useRecordContext();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ action: "assign", resource: "Target" });
  return (
    <TopToolbar>
      {canAccess && record ? (
        <>
          <Button label="app.assignment.assign_target" onClick={() => setOpen(true)}>
            <AssignmentIndIcon />
          </Button>
          <AssignDialog
            open={open}
            targetIds={[String(record.id)]}
            title={`${record.number}. ${record.title}`}
            onClose={() => setOpen(false)}
          />
        </>
      ) : null}
      <EditButton />
    </TopToolbar>
  );
}
