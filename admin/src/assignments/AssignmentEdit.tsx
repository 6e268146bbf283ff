/** Changing an assignment: frequency, deadline, note, or its last day (which ends it). */
import { Stack } from "@mui/material";
import {
  DateInput,
  Edit,
  NumberInput,
  ReferenceField,
  Labeled,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
} from "react-admin";
import { frequencyChoices } from "../common/choices";
import { AssignmentRoleField } from "./AssignmentRoleField";
import { AssignmentTitle } from "./AssignmentTitle";

export function AssignmentEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" title={<AssignmentTitle />}>
      <SimpleForm>
        <Stack direction="row" spacing={4}>
          <Labeled>
            <ReferenceField source="indicatorId" reference="Indicator" link={false} />
          </Labeled>
          <Labeled>
            <ReferenceField source="agencyId" reference="Agency" link={false} />
          </Labeled>
          <Labeled>
            <AssignmentRoleField source="role" />
          </Labeled>
        </Stack>
        <Stack direction="row" spacing={2}>
          <SelectInput source="frequency" choices={frequencyChoices} validate={required()} />
          <NumberInput source="dueDaysAfterPeriod" min={0} max={365} validate={required()} />
        </Stack>
        <Stack direction="row" spacing={2}>
          <DateInput source="startsOn" validate={required()} />
          <DateInput source="endsOn" helperText="app.assignment.ends_on_help" />
        </Stack>
        <TextInput source="note" multiline fullWidth />
      </SimpleForm>
    </Edit>
  );
}
