import {
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
} from "react-admin";

export function KeyTaskForm({ create = false }: { create?: boolean }) {
  return (
    <SimpleForm>
      {create ? (
        <ReferenceInput source="congressId" reference="Congress">
          <SelectInput optionText="partyCommittee" validate={required()} />
        </ReferenceInput>
      ) : null}
      <NumberInput source="ordinal" min={1} validate={required()} />
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="titleEn" fullWidth />
      <TextInput source="text" multiline minRows={4} fullWidth validate={required()} />
    </SimpleForm>
  );
}
