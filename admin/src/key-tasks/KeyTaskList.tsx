import { DataTable, List, SearchInput } from "react-admin";
import { ProgressField } from "../common/ProgressField";
import { ListActions } from "../common/ListActions";
import { LocalizedField } from "../common/localized";
import { SortableTable } from "../common/SortableTable";
import { sortOf } from "../common/sortable";

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export function KeyTaskList() {
  return (
    <List actions={<ListActions />} filters={filters} sort={sortOf("KeyTask", "ordinal", "ASC")}>
      <SortableTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="ordinal" sx={{ width: 80 }} />
        <DataTable.Col source="title">
          <LocalizedField source="title" />
        </DataTable.Col>
        <DataTable.Col label="resources.KeyTask.fields.progress">
          <ProgressField />
        </DataTable.Col>
      </SortableTable>
    </List>
  );
}
