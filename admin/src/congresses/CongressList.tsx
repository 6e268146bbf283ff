import { LocalDateField } from "../common/LocalDateField";
import { DataTable, FunctionField, List, SearchInput } from "react-admin";
import { ListActions } from "../common/ListActions";
import { SortableTable } from "../common/SortableTable";
import { sortOf } from "../common/sortable";

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export function CongressList() {
  return (
    <List actions={<ListActions />} filters={filters} sort={sortOf("Congress", "heldFrom", "DESC")}>
      <SortableTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="ordinal" sx={{ width: 80 }} />
        <DataTable.Col source="partyCommittee" />
        <DataTable.Col source="termStartYear" label="app.congress.term">
          <FunctionField render={(r) => `${r.termStartYear}–${r.termEndYear}`} />
        </DataTable.Col>
        <DataTable.Col source="heldFrom" field={LocalDateField} />
        <DataTable.Col source="place" />
      </SortableTable>
    </List>
  );
}
