import {
  AutocompleteInput,
  BooleanInput,
  DataTable,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  useCanAccess,
} from "react-admin";
import { BulkAssignButton } from "../assignments/BulkAssignButton";
import { comparatorChoices, indicatorKindChoices } from "../common/choices";
import { GoalField } from "../common/GoalField";
import { ProgressField } from "../common/ProgressField";
import { ListActions } from "../common/ListActions";
import { LocalizedField } from "../common/localized";
import { SortableTable } from "../common/SortableTable";
import { sortOf } from "../common/sortable";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput
    key="targetId"
    source="targetId"
    reference="Target"
    sort={sortOf("Target", "number", "ASC")}
  >
    <AutocompleteInput optionText={(r) => `${r.number}. ${r.title}`} />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={indicatorKindChoices} />,
  <SelectInput key="comparator" source="comparator" choices={comparatorChoices} />,
  <ReferenceInput key="leadAgencyId" source="leadAgencyId" reference="Agency">
    <AutocompleteInput optionText="shortName" />
  </ReferenceInput>,
  <ReferenceInput key="agencyId" source="agencyId" reference="Agency">
    <AutocompleteInput optionText="shortName" />
  </ReferenceInput>,
  <BooleanInput key="active" source="active" />,
];

export function IndicatorList() {
  // Row checkboxes only for those who may assign a selection.
  const { canAccess } = useCanAccess({ action: "assign", resource: "Indicator" });
  return (
    <List
      actions={<ListActions />}
      filters={filters}
      sort={sortOf("Indicator", "code", "ASC")}
      perPage={50}
    >
      <SortableTable
        bulkActionButtons={canAccess ? <BulkAssignButton kind="indicator" /> : false}
        rowClick="show"
      >
        <DataTable.Col source="code" sx={{ width: 60 }} />
        <DataTable.Col source="name">
          <LocalizedField source="name" />
        </DataTable.Col>
        <DataTable.Col label="resources.Indicator.fields.goal">
          <GoalField />
        </DataTable.Col>
        <DataTable.Col source="kind">
          <SelectField source="kind" choices={indicatorKindChoices} />
        </DataTable.Col>
        <DataTable.Col source="leadAgency.id" label="resources.Indicator.fields.leadAgency">
          <ReferenceField source="leadAgency.id" reference="Agency" link={false} emptyText="—" />
        </DataTable.Col>
        <DataTable.Col label="resources.Indicator.fields.progress">
          <ProgressField />
        </DataTable.Col>
      </SortableTable>
    </List>
  );
}
