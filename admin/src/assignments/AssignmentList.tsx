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
  useCanAccess,
} from "react-admin";
import { assignmentRoleChoices, frequencyChoices } from "../common/choices";
import { AssignmentRoleField } from "./AssignmentRoleField";
import { BulkEndButton } from "./BulkEndButton";
import { ListActions } from "../common/ListActions";
import { SortableTable } from "../common/SortableTable";
import { sortOf } from "../common/sortable";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="agencyId" source="agencyId" reference="Agency" alwaysOn>
    <AutocompleteInput optionText="shortName" />
  </ReferenceInput>,
  <ReferenceInput
    key="targetId"
    source="targetId"
    reference="Target"
    sort={sortOf("Target", "number", "ASC")}
  >
    <AutocompleteInput optionText={(r) => `${r.number}. ${r.title}`} />
  </ReferenceInput>,
  <ReferenceInput key="indicatorId" source="indicatorId" reference="Indicator">
    <AutocompleteInput optionText={(r) => `${r.code} ${r.name}`} />
  </ReferenceInput>,
  <SelectInput key="role" source="role" choices={assignmentRoleChoices} />,
  <SelectInput key="frequency" source="frequency" choices={frequencyChoices} />,
  <NullableBooleanInput key="active" source="active" alwaysOn />,
];

export function AssignmentList() {
  // Row checkboxes only for those who may act on a selection.
  const { canAccess } = useCanAccess({ action: "edit", resource: "Assignment" });
  return (
    <List
      actions={<ListActions />}
      filters={filters}
      filterDefaultValues={{ active: true }}
      sort={sortOf("Assignment", "assignedAt", "DESC")}
      perPage={50}
    >
      <SortableTable rowClick="show" bulkActionButtons={canAccess ? <BulkEndButton /> : false}>
        <DataTable.Col source="indicatorId">
          <ReferenceField source="indicatorId" reference="Indicator" link="show" />
        </DataTable.Col>
        <DataTable.Col source="agencyId">
          <ReferenceField source="agencyId" reference="Agency" link="show" />
        </DataTable.Col>
        <DataTable.Col source="role">
          <AssignmentRoleField />
        </DataTable.Col>
        <DataTable.Col source="frequency">
          <SelectField source="frequency" choices={frequencyChoices} />
        </DataTable.Col>
        <DataTable.Col source="dueDaysAfterPeriod" />
        <DataTable.Col source="startsOn" field={LocalDateField} />
        <DataTable.Col source="endsOn" field={LocalDateField} />
        <DataTable.Col source="active" field={BooleanField} />
      </SortableTable>
    </List>
  );
}
