/** One assignment of one indicator; to assign a whole target use the matrix or the target's page. */
import { Stack } from "@mui/material";
import {
  AutocompleteInput,
  Create,
  DateInput,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
} from "react-admin";
import { assignmentRoleChoices, frequencyChoices } from "../common/choices";
import { vietnamToday } from "../common/format";
import { sortOf } from "../common/sortable";

export function AssignmentCreate() {
  return (
    <Create redirect="show">
      <SimpleForm
        defaultValues={{
          role: "COORDINATE",
          frequency: "YEARLY",
          dueDaysAfterPeriod: 15,
          startsOn: vietnamToday(),
        }}
      >
        <ReferenceInput
          source="indicatorId"
          reference="Indicator"
          sort={sortOf("Indicator", "code", "ASC")}
        >
          <AutocompleteInput
            optionText={(r) => `${r.code} ${r.name}`}
            validate={required()}
            fullWidth
          />
        </ReferenceInput>
        <ReferenceInput source="agencyId" reference="Agency" filter={{ validOn: vietnamToday() }}>
          <AutocompleteInput optionText="shortName" validate={required()} fullWidth />
        </ReferenceInput>
        <RadioButtonGroupInput
          source="role"
          choices={assignmentRoleChoices}
          validate={required()}
        />
        <Stack direction="row" spacing={2}>
          <SelectInput source="frequency" choices={frequencyChoices} validate={required()} />
          <NumberInput source="dueDaysAfterPeriod" min={0} max={365} />
          <DateInput source="startsOn" />
        </Stack>
        <TextInput source="note" multiline fullWidth />
      </SimpleForm>
    </Create>
  );
}
