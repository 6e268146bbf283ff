import { LocalDateField } from "../common/LocalDateField";
import { useMediaQuery, type Theme } from "@mui/material";
import {
  AutocompleteInput,
  DataTable,
  FunctionField,
  List,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  SimpleList,
  useTranslate,
} from "react-admin";
import { periodChoices, statusChoices, valueKindChoices } from "../common/choices";
import { periodText } from "../common/indicator";
import { StatusField } from "../common/StatusChip";
import { ValueField } from "../common/ValueField";
import { FIGURE_LIST_FIELDS } from "./fields";
import { ListActions } from "../common/ListActions";
import { SortableTable } from "../common/SortableTable";
import { sortOf } from "../common/sortable";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn />,
  <SelectInput key="period" source="period" choices={periodChoices} />,
  <ReferenceInput key="agencyId" source="agencyId" reference="Agency">
    <AutocompleteInput optionText="shortName" />
  </ReferenceInput>,
  <ReferenceInput
    key="targetId"
    source="targetId"
    reference="Target"
    sort={sortOf("Target", "number", "ASC")}
  >
    <AutocompleteInput optionText={(r) => `${r.number}. ${r.title}`} />
  </ReferenceInput>,
  <ReferenceInput key="indicatorId" source="indicatorId" reference="Indicator">
    <AutocompleteInput optionText={(r) => `${r.code} ${r.name}`} />
  </ReferenceInput>,
  <SelectInput key="valueKind" source="valueKind" choices={valueKindChoices} />,
];

/** On a phone, one card-like row per figure: what, who and when, then the value and its state. */
function FigurePhoneList() {
  const translate = useTranslate();
  return (
    <SimpleList
      linkType="show"
      primaryText={(r) => `${r.indicator?.code} · ${r.indicator?.name}`}
      secondaryText={(r) =>
        `${r.agency?.shortName ?? ""} · ${periodText(r.year, r.period, translate)}`
      }
      tertiaryText={() => (
        <>
          <ValueField /> <StatusField />
        </>
      )}
      rowSx={() => ({ "& .MuiListItemText-primary": { pr: 1 } })}
    />
  );
}

export function MeasurementList() {
  const translate = useTranslate();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down("sm"));
  return (
    <List
      actions={<ListActions />}
      filters={filters}
      sort={sortOf("Measurement", "updatedAt", "DESC")}
      perPage={25}
      queryOptions={{ meta: { sparseFields: FIGURE_LIST_FIELDS } }}
      data-testid="figure-list"
    >
      {phone ? (
        <FigurePhoneList />
      ) : (
        <SortableTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col
            source="indicator.code"
            label="resources.Indicator.fields.code"
            sx={{ width: 50 }}
          />
          <DataTable.Col source="indicator.name" label="resources.Measurement.fields.indicatorId" />
          <DataTable.Col source="agency.shortName" label="resources.Measurement.fields.agencyId" />
          <DataTable.Col source="year" label="resources.Measurement.fields.period">
            <FunctionField render={(r) => periodText(r.year, r.period, translate)} />
          </DataTable.Col>
          <DataTable.Col source="value" align="right">
            <ValueField />
          </DataTable.Col>
          <DataTable.Col source="valueKind">
            <FunctionField render={(r) => translate(`app.enums.valueKind.${r.valueKind}`)} />
          </DataTable.Col>
          <DataTable.Col source="status">
            <StatusField />
          </DataTable.Col>
          <DataTable.Col source="updatedAt" field={LocalDateField} />
        </SortableTable>
      )}
    </List>
  );
}
