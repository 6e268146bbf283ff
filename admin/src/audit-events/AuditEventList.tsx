import { LocalDateField } from "../common/LocalDateField";
import { DataTable, DateTimeInput, List, SearchInput, SelectInput, TextInput } from "react-admin";
import { ListActions } from "../common/ListActions";
import { ActorField, AuditActionField, RecordTypeField } from "./AuditFields";
import { SortableTable } from "../common/SortableTable";
import { sortOf } from "../common/sortable";

const ENTITY_TYPES = [
  "Congress",
  "KeyTask",
  "Target",
  "Indicator",
  "Agency",
  "Assignment",
  "Measurement",
  "User",
  "ApiToken",
].map((id) => ({ id, name: `resources.${id}.name` }));

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="entityType"
    source="entityType"
    choices={ENTITY_TYPES}
    alwaysOn
    translateChoice
  />,
  <TextInput key="action" source="action" />,
  <DateTimeInput key="from" source="from" />,
  <DateTimeInput key="to" source="to" />,
];

export function AuditEventList() {
  return (
    <List
      actions={<ListActions />}
      filters={filters}
      sort={sortOf("AuditEvent", "at", "DESC")}
      perPage={50}
    >
      <SortableTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="at">
          <LocalDateField source="at" showTime />
        </DataTable.Col>
        <DataTable.Col source="actorLabel">
          <ActorField />
        </DataTable.Col>
        <DataTable.Col source="action">
          <AuditActionField />
        </DataTable.Col>
        <DataTable.Col source="entityType">
          <RecordTypeField />
        </DataTable.Col>
        <DataTable.Col source="reason" />
      </SortableTable>
    </List>
  );
}
