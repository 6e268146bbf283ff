import { LocalDateField } from "../common/LocalDateField";
import {
  AutocompleteInput,
  BooleanField,
  DataTable,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
} from "react-admin";
import { roleChoices } from "../common/choices";
import { ListActions } from "../common/ListActions";
import { SortableTable } from "../common/SortableTable";
import { sortOf } from "../common/sortable";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
  <ReferenceInput key="agencyId" source="agencyId" reference="Agency">
    <AutocompleteInput optionText="shortName" />
  </ReferenceInput>,
  <NullableBooleanInput key="active" source="active" />,
];

export function UserList() {
  return (
    <List actions={<ListActions />} filters={filters} sort={sortOf("User", "email", "ASC")}>
      <SortableTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="email" />
        <DataTable.Col source="name" />
        <DataTable.Col source="role">
          <SelectField source="role" choices={roleChoices} />
        </DataTable.Col>
        <DataTable.Col source="agencyId">
          <ReferenceField source="agencyId" reference="Agency" link={false} emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="active" field={BooleanField} />
        <DataTable.Col source="lastLoginAt">
          <LocalDateField source="lastLoginAt" showTime emptyText="—" />
        </DataTable.Col>
      </SortableTable>
    </List>
  );
}
