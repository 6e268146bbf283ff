import { LocalDateField } from "../common/LocalDateField";
import { Stack } from "@mui/material";
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
          <Stack direction="row" spacing={4} sx={{ flexWrap: "wrap", rowGap: 1 }}>
            <Labeled>
              <ReferenceField source="indicatorId" reference="Indicator" link="show" />
            </Labeled>
            <Labeled>
              <ReferenceField source="agencyId" reference="Agency" link="show" />
            </Labeled>
            <Labeled>
              <AssignmentRoleField source="role" />
            </Labeled>
            <Labeled>
              <SelectField source="frequency" choices={frequencyChoices} />
            </Labeled>
            <Labeled>
              <NumberField source="dueDaysAfterPeriod" />
            </Labeled>
          </Stack>
          <Stack direction="row" spacing={4}>
            <Labeled>
              <LocalDateField source="startsOn" />
            </Labeled>
            <Labeled>
              <LocalDateField source="endsOn" emptyText="—" />
            </Labeled>
            <Labeled>
              <BooleanField source="active" />
            </Labeled>
            <Labeled>
              <LocalDateField source="assignedAt" showTime />
            </Labeled>
            <Labeled label="resources.Assignment.fields.assignedById">
              <UserReferenceField source="assignedById" />
            </Labeled>
          </Stack>
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
