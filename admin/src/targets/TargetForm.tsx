import {
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
} from "react-admin";
import { domainChoices } from "../common/choices";
import { sortOf } from "../common/sortable";

export function TargetForm({ create = false }: { create?: boolean }) {
  return (
    <SimpleForm>
      {create ? (
        <ReferenceInput source="congressId" reference="Congress">
          <SelectInput optionText="partyCommittee" validate={required()} />
        </ReferenceInput>
      ) : null}
      <NumberInput source="number" min={1} validate={required()} />
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="titleEn" fullWidth />
      <SelectInput source="domain" choices={domainChoices} validate={required()} />
      <ReferenceArrayInput
        source="keyTaskIds"
        reference="KeyTask"
        sort={sortOf("KeyTask", "ordinal", "ASC")}
      >
        <SelectArrayInput optionText={(r) => `${r.ordinal}. ${r.title}`} />
      </ReferenceArrayInput>
      <TextInput source="text" multiline minRows={4} fullWidth validate={required()} />
    </SimpleForm>
  );
}
