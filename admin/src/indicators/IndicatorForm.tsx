import { Stack } from "@mui/material";
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  required,
} from "react-admin";
import {
  comparatorChoices,
  directionChoices,
  indicatorKindChoices,
  unitKindChoices,
} from "../common/choices";
import { DecimalInput } from "../common/DecimalInput";
import { parseDecimal } from "../common/format";
import { PredecessorInput } from "./PredecessorInput";
import { sortOf } from "../common/sortable";

/** Decimals are typed as people write them (7,5) and sent as the server reads them ("7.5"). */
const decimal = (value: string) => (value === "" ? null : (parseDecimal(value) ?? value));

export function IndicatorForm({ create = false }: { create?: boolean }) {
  return (
    <SimpleForm>
      <ReferenceInput source="targetId" reference="Target" sort={sortOf("Target", "number", "ASC")}>
        <AutocompleteInput
          optionText={(r) => `${r.number}. ${r.title}`}
          validate={required()}
          disabled={!create}
        />
      </ReferenceInput>
      <Stack direction="row" spacing={2}>
        <TextInput source="code" validate={required()} />
        <NumberInput source="position" min={1} />
        <BooleanInput source="active" defaultValue sx={{ minWidth: 180 }} />
      </Stack>
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="nameEn" fullWidth />
      <Stack direction="row" spacing={2}>
        <TextInput source="unit" validate={required()} />
        <SelectInput source="unitKind" choices={unitKindChoices} validate={required()} />
        <SelectInput source="kind" choices={indicatorKindChoices} validate={required()} />
        <SelectInput source="comparator" choices={comparatorChoices} validate={required()} />
        <SelectInput
          source="direction"
          choices={directionChoices}
          defaultValue="HIGHER_IS_BETTER"
          helperText="app.indicator.direction_help"
        />
      </Stack>
      <Stack direction="row" spacing={2}>
        <DecimalInput source="targetMin" label="resources.Indicator.fields.targetMin" />
        <DecimalInput source="targetMax" label="resources.Indicator.fields.targetMax" />
        <NumberInput source="baselineYear" />
        <DecimalInput source="baselineValue" label="resources.Indicator.fields.baselineValue" />
      </Stack>
      <ArrayInput source="planValues">
        <SimpleFormIterator inline>
          <NumberInput
            source="year"
            label="resources.Indicator.fields.planYear"
            validate={required()}
          />
          <TextInput
            source="value"
            label="resources.Indicator.fields.planValue"
            parse={decimal}
            validate={required()}
          />
        </SimpleFormIterator>
      </ArrayInput>
      <TextInput source="sourcePhrase" multiline fullWidth validate={required()} />
      <TextInput source="methodologyNote" multiline fullWidth />
      <PredecessorInput />
    </SimpleForm>
  );
}
