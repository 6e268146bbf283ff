import { LocalDateField } from "../common/LocalDateField";
import {
  DataTable,
  Labeled,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
} from "react-admin";
import { AssignmentRoleField } from "../assignments/AssignmentRoleField";
import { agencyKindChoices, periodChoices } from "../common/choices";
import { FieldRow } from "../common/FieldRow";
import { HistoryTab } from "../common/HistoryTab";
import { ProgressField } from "../common/ProgressField";
import { StatusField } from "../common/StatusChip";
import { ValueField } from "../common/ValueField";
import { HierarchyPanel } from "./HierarchyPanel";
import { SortableTable } from "../common/SortableTable";
import { sortOf } from "../common/sortable";

const FIGURE_FIELDS = [
  "id",
  "year",
  "period",
  "value",
  "status",
  "agencyId",
  "indicatorId",
  { indicator: ["id", "code", "name", "unit"] },
];

export function AgencyShow() {
  return (
    <Show>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="app.common.overview">
          <FieldRow>
            <TextField source="code" />
            <TextField source="shortName" />
            <SelectField source="kind" choices={agencyKindChoices} />
            <LocalDateField source="validFrom" emptyText="—" />
            <LocalDateField source="validTo" emptyText="—" />
            <Labeled label="resources.Agency.fields.progress">
              <ProgressField />
            </Labeled>
          </FieldRow>
          <Labeled>
            <TextField source="name" />
          </Labeled>
          <HierarchyPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.menu.assignments" path="assignments">
          <ReferenceManyField
            reference="Assignment"
            target="agencyId"
            filter={{ active: true }}
            sort={sortOf("Assignment", "role", "DESC")}
            perPage={100}
          >
            <SortableTable bulkActionButtons={false} rowClick="show">
              <DataTable.Col source="indicatorId">
                <ReferenceField source="indicatorId" reference="Indicator" link="show" />
              </DataTable.Col>
              <DataTable.Col source="role">
                <AssignmentRoleField />
              </DataTable.Col>
              <DataTable.Col source="frequency" />
              <DataTable.Col source="startsOn" field={LocalDateField} />
            </SortableTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.menu.figures" path="measurements">
          <ReferenceManyField
            reference="Measurement"
            target="agencyId"
            sort={sortOf("Measurement", "updatedAt", "DESC")}
            queryOptions={{ meta: { sparseFields: FIGURE_FIELDS } }}
          >
            <SortableTable bulkActionButtons={false} rowClick="show">
              <DataTable.Col
                source="indicator.code"
                label="resources.Measurement.fields.indicatorId"
              />
              <DataTable.Col source="indicator.name" label="resources.Indicator.fields.name" />
              <DataTable.Col source="year" />
              <DataTable.Col source="period">
                <SelectField source="period" choices={periodChoices} />
              </DataTable.Col>
              <DataTable.Col source="value" disableSort>
                <ValueField />
              </DataTable.Col>
              <DataTable.Col source="status">
                <StatusField />
              </DataTable.Col>
            </SortableTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.history.title" path="history">
          <HistoryTab type="Agency" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
