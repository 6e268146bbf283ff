/** One audit event: who, when, what and why, and the before/after of what changed. */
import { LocalDateField } from "../common/LocalDateField";
import { Show, SimpleShowLayout, TextField, useRecordContext } from "react-admin";
import { ActorField, AuditActionField, RecordTypeField } from "./AuditFields";
import { HistoryList, type HistoryEntry } from "../common/HistoryTab";
import { FieldRow } from "../common/FieldRow";

function Changes() {
  const record = useRecordContext<HistoryEntry & { entityType: string }>();
  if (!record) return null;
  return <HistoryList type={record.entityType} entries={[record]} />;
}

export function AuditEventShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <FieldRow>
          <LocalDateField source="at" showTime />
          <ActorField source="actorLabel" />
          <AuditActionField source="action" />
          <RecordTypeField source="entityType" />
          <TextField source="entityId" emptyText="—" />
          <TextField source="requestId" emptyText="—" />
        </FieldRow>
        <Changes />
      </SimpleShowLayout>
    </Show>
  );
}
