/** One audit event: who, when, what and why, and the before/after of what changed. */
import { LocalDateField } from "../common/LocalDateField";
import { Stack } from "@mui/material";
import { Labeled, Show, SimpleShowLayout, TextField, useRecordContext } from "react-admin";
import { HistoryList, type HistoryEntry } from "../common/HistoryTab";

function Changes() {
  const record = useRecordContext<HistoryEntry & { entityType: string }>();
  if (!record) return null;
  return <HistoryList type={record.entityType} entries={[record]} />;
}

export function AuditEventShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <Stack direction="row" spacing={4} sx={{ flexWrap: "wrap" }}>
          <Labeled>
            <LocalDateField source="at" showTime />
          </Labeled>
          <Labeled>
            <TextField source="actorLabel" />
          </Labeled>
          <Labeled>
            <TextField source="action" />
          </Labeled>
          <Labeled>
            <TextField source="entityType" />
          </Labeled>
          <Labeled>
            <TextField source="entityId" emptyText="—" />
          </Labeled>
          <Labeled>
            <TextField source="requestId" emptyText="—" />
          </Labeled>
        </Stack>
        <Changes />
      </SimpleShowLayout>
    </Show>
  );
}
