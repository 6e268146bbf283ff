import { Stack } from "@mui/material";
import {
  AutocompleteInput,
  BooleanInput,
  FormDataConsumer,
  PasswordInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  email,
  minLength,
  required,
} from "react-admin";
import { roleChoices } from "../common/choices";

const NEEDS_AGENCY = new Set(["AGENCY_HEAD", "REPORTER"]);

export function UserForm({ create = false }: { create?: boolean }) {
  return (
    <SimpleForm defaultValues={create ? { role: "REPORTER", active: true } : undefined}>
      <Stack direction="row" spacing={2}>
        <TextInput source="email" type="email" validate={[required(), email()]} />
        <TextInput source="name" validate={required()} />
      </Stack>
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      <FormDataConsumer>
        {({ formData }) => (
          <ReferenceInput source="agencyId" reference="Agency">
            <AutocompleteInput
              optionText="shortName"
              validate={NEEDS_AGENCY.has(formData.role) ? required() : undefined}
              helperText="app.user.agency_help"
            />
          </ReferenceInput>
        )}
      </FormDataConsumer>
      <PasswordInput
        source="password"
        validate={create ? [required(), minLength(10)] : minLength(10)}
        helperText={create ? "app.user.password_help" : "app.user.password_keep"}
      />
      <BooleanInput source="active" helperText="app.user.active_help" />
    </SimpleForm>
  );
}
