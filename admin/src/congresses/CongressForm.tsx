import { Stack } from "@mui/material";
import { DateInput, NumberInput, SimpleForm, TextInput, required } from "react-admin";

export function CongressForm() {
  return (
    <SimpleForm>
      <Stack direction="row" spacing={2}>
        <NumberInput source="ordinal" min={1} validate={required()} />
        <NumberInput source="termStartYear" validate={required()} />
        <NumberInput source="termEndYear" validate={required()} />
      </Stack>
      <TextInput source="partyCommittee" validate={required()} fullWidth />
      <Stack direction="row" spacing={2}>
        <DateInput source="heldFrom" validate={required()} />
        <DateInput source="heldTo" validate={required()} />
      </Stack>
      <TextInput source="place" validate={required()} fullWidth />
      <Stack direction="row" spacing={2}>
        <NumberInput source="executiveCommitteeSize" min={0} />
        <NumberInput source="nationalDelegates" min={0} />
        <NumberInput source="nationalAlternates" min={0} />
      </Stack>
    </SimpleForm>
  );
}
