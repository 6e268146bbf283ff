import { Stack } from "@mui/material";
import {
  AutocompleteInput,
  DateInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
} from "react-admin";
import { agencyKindChoices } from "../common/choices";

export function AgencyForm() {
  return (
    <SimpleForm>
      <Stack direction="row" spacing={2}>
        <TextInput source="code" validate={required()} />
        <TextInput source="shortName" validate={required()} />
        <SelectInput source="kind" choices={agencyKindChoices} validate={required()} />
      </Stack>
      <TextInput source="name" validate={required()} fullWidth />
      <ReferenceInput source="parentId" reference="Agency">
        <AutocompleteInput optionText="shortName" />
      </ReferenceInput>
      <Stack direction="row" spacing={2}>
        <DateInput source="validFrom" />
        <DateInput source="validTo" helperText="app.agency.valid_to_help" />
      </Stack>
      <ReferenceInput source="successorId" reference="Agency">
        <AutocompleteInput optionText="shortName" helperText="app.agency.successor_help" />
      </ReferenceInput>
    </SimpleForm>
  );
}
