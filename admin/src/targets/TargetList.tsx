import {
  DataTable,
  List,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  AutocompleteInput,
  useCanAccess,
} from "react-admin";
import { BulkAssignButton } from "../assignments/BulkAssignButton";
import { domainChoices } from "../common/choices";
import { ProgressField } from "../common/ProgressField";
import { ListActions } from "../common/ListActions";
import { LocalizedField } from "../common/localized";
import { SortableTable } from "../common/SortableTable";
import { sortOf } from "../common/sortable";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="domain" source="domain" choices={domainChoices} />,
  <ReferenceInput
    key="keyTaskId"
    source="keyTaskId"
    reference="KeyTask"
    sort={sortOf("KeyTask", "ordinal", "ASC")}
  >
    <SelectInput optionText={(r) => `${r.ordinal}. ${r.title}`} />
  </ReferenceInput>,
  <ReferenceInput key="agencyId" source="agencyId" reference="Agency">
    <AutocompleteInput optionText="shortName" />
  </ReferenceInput>,
];

export function TargetList() {
  // Row checkboxes only for those who may assign a selection.
  const { canAccess } = useCanAccess({ action: "assign", resource: "Target" });
  return (
    <List
      actions={<ListActions />}
      filters={filters}
      sort={sortOf("Target", "number", "ASC")}
      perPage={25}
    >
      <SortableTable
        bulkActionButtons={canAccess ? <BulkAssignButton kind="target" /> : false}
        rowClick="show"
      >
        <DataTable.Col source="number" sx={{ width: 60 }} />
        <DataTable.Col source="title">
          <LocalizedField source="title" />
        </DataTable.Col>
        <DataTable.Col source="domain">
          <SelectField source="domain" choices={domainChoices} />
        </DataTable.Col>
        <DataTable.Col label="resources.Target.fields.progress">
          <ProgressField />
        </DataTable.Col>
      </SortableTable>
    </List>
  );
}
