/** A figure's approval state: nháp, đã gửi, bị trả lại, đã duyệt. */
import { Chip } from "@mui/material";
import { useRecordContext, useTranslate } from "react-admin";
import { MEASUREMENT_STATUS_COLOURS } from "./indicator";

export function StatusChip({ status }: { status?: string }) {
  const translate = useTranslate();
  if (!status) return null;
  return (
    <Chip
      size="small"
      color={MEASUREMENT_STATUS_COLOURS[status] ?? "default"}
      variant={status === "DRAFT" ? "outlined" : "filled"}
      label={translate(`app.enums.status.${status}`)}
      data-status={status}
    />
  );
}

/** The status of the record in context (for lists). */
export function StatusField(_props: { label?: string; source?: string }) {
  const record = useRecordContext();
  return <StatusChip status={record?.status as string | undefined} />;
}
