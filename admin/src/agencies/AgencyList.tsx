import { LocalDateField } from "../common/LocalDateField";
import {
  AutocompleteInput,
  DataTable,
  DateInput,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
} from "react-admin";
import { agencyKindChoices } from "../common/choices";
import { ProgressField } from "../common/ProgressField";
import { ListActions } from "../common/ListActions";
import { SortableTable } from "../common/SortableTable";
import { sortOf } from "../common/sortable";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={agencyKindChoices} alwaysOn />,
  <ReferenceInput key="parentId" source="parentId" reference="Agency">
    <AutocompleteInput optionText="shortName" />
  </ReferenceInput>,
  <DateInput key="validOn" source="validOn" />,
];

export function AgencyList() {
  return (
    <List
      actions={<ListActions />}
      filters={filters}
      sort={sortOf("Agency", "code", "ASC")}
      perPage={50}
    >
      <SortableTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="code" />
        <DataTable.Col source="shortName" />
        <DataTable.Col source="name" />
        <DataTable.Col source="kind">
          <SelectField source="kind" choices={agencyKindChoices} />
        </DataTable.Col>
        <DataTable.Col source="parentId">
          <ReferenceField source="parentId" reference="Agency" link={false} emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="validTo" field={LocalDateField} />
        <DataTable.Col source="successorId">
          <ReferenceField source="successorId" reference="Agency" link="show" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col label="resources.Agency.fields.progress">
          <ProgressField />
        </DataTable.Col>
      </SortableTable>
    </List>
  );
}
