/** The verdict of the record in context (Target, Indicator, KeyTask, Agency), from `progress`. */
import { Tooltip } from "@mui/material";
import { useRecordContext } from "react-admin";
import { ProgressChips, type Progress } from "./VerdictChip";

export function ProgressField(_props: { label?: string }) {
  const record = useRecordContext<{ id: string; progress?: Progress | null }>();
  if (!record) return null;
  const chips = <ProgressChips progress={record.progress} />;
  return record.progress?.reason ? (
    <Tooltip title={record.progress.reason}>
      <span>{chips}</span>
    </Tooltip>
  ) : (
    chips
  );
}
