import { LocalDateField } from "../common/LocalDateField";
import {
  BooleanField,
  EditButton,
  Labeled,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
} from "react-admin";
import { frequencyChoices } from "../common/choices";
import { FieldRow } from "../common/FieldRow";
import { HistoryTab } from "../common/HistoryTab";
import { UserReferenceField } from "../common/UserReferenceField";
import { AssignmentRoleField } from "./AssignmentRoleField";
import { AssignmentTitle } from "./AssignmentTitle";

export function AssignmentShow() {
  return (
    <Show
      title={<AssignmentTitle />}
      actions={
        <TopToolbar>
          <EditButton />
        </TopToolbar>
      }
    >
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="app.common.overview">
          <FieldRow>
            <ReferenceField source="indicatorId" reference="Indicator" link="show" />
            <ReferenceField source="agencyId" reference="Agency" link="show" />
            <AssignmentRoleField source="role" />
            <SelectField source="frequency" choices={frequencyChoices} />
            <NumberField source="dueDaysAfterPeriod" />
          </FieldRow>
          <FieldRow>
            <LocalDateField source="startsOn" />
            <LocalDateField source="endsOn" emptyText="—" />
            <BooleanField source="active" />
            <LocalDateField source="assignedAt" showTime />
            <Labeled label="resources.Assignment.fields.assignedById">
              <UserReferenceField source="assignedById" />
            </Labeled>
          </FieldRow>
          <Labeled>
            <TextField source="note" emptyText="—" />
          </Labeled>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.history.title" path="history">
          <HistoryTab type="Assignment" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
