/** LEAD (chủ trì) filled, COORDINATE (phối hợp) outlined. */
import { Chip } from "@mui/material";
import { useRecordContext, useTranslate } from "react-admin";

export function AssignmentRoleChip({ role }: { role?: string }) {
  const translate = useTranslate();
  if (!role) return null;
  return (
    <Chip
      size="small"
      color={role === "LEAD" ? "primary" : "secondary"}
      variant={role === "LEAD" ? "filled" : "outlined"}
      label={translate(`app.enums.assignmentRole.${role}`)}
    />
  );
}

export function AssignmentRoleField(_props: { label?: string; source?: string }) {
  const record = useRecordContext();
  return <AssignmentRoleChip role={record?.role as string | undefined} />;
}
