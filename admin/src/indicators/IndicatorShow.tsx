/** An indicator: its goal, the source phrase, the approved figures on a chart, who reports it, history. */
import { LocalDateField } from "../common/LocalDateField";
import { Box, Card, CardContent, Stack, Typography } from "@mui/material";
import {
  ArrayField,
  DataTable,
  FunctionField,
  Labeled,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  useGetList,
  useGetOne,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { AssignmentRoleField } from "../assignments/AssignmentRoleField";
import {
  comparatorChoices,
  indicatorKindChoices,
  periodChoices,
  unitKindChoices,
} from "../common/choices";
import { GoalField } from "../common/GoalField";
import { FieldRow } from "../common/FieldRow";
import { HistoryTab } from "../common/HistoryTab";
import { ProgressField } from "../common/ProgressField";
import { StatusField } from "../common/StatusChip";
import { ValueField } from "../common/ValueField";
import { VerbatimField } from "../common/Verbatim";
import type { ChartFigure, ChartIndicator } from "../dashboard/chart-data";
import { IndicatorChart } from "../dashboard/LazyIndicatorChart";
import { ProgressDetails } from "./ProgressDetails";
import { SeriesAcrossTerms } from "./SeriesAcrossTerms";
import { SortableTable } from "../common/SortableTable";
import { sortOf } from "../common/sortable";
import type { Congress, Target } from "../generated/schema";

function FiguresChart() {
  const record = useRecordContext<ChartIndicator & { id: string; targetId: string }>();
  const translate = useTranslate();
  // The chart spans the indicator's own term (the 18th Congress's is 2025–2030, not 2021–2025).
  const { data: target } = useGetOne<Pick<Target, "id" | "congressId">>(
    "Target",
    { id: record?.targetId ?? "" },
    { enabled: !!record?.targetId },
  );
  const { data: congress } = useGetOne<Pick<Congress, "id" | "termStartYear" | "termEndYear">>(
    "Congress",
    { id: target?.congressId ?? "" },
    { enabled: !!target?.congressId },
  );
  const { data } = useGetList<ChartFigure & { id: string }>(
    "Measurement",
    {
      filter: { indicatorId: record?.id, status: "APPROVED" },
      pagination: { page: 1, perPage: 100 },
      sort: { field: "year", order: "ASC" },
    },
    { enabled: !!record?.id },
  );
  if (!record || !congress) return null;
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="figures-chart">
      <CardContent>
        <Typography variant="subtitle2" gutterBottom>
          {translate("app.chart.title")}
        </Typography>
        <Box sx={{ height: 240 }}>
          <IndicatorChart
            indicator={record}
            figures={data ?? []}
            height={240}
            compact={false}
            termStartYear={congress.termStartYear + 1}
            termEndYear={congress.termEndYear}
          />
        </Box>
      </CardContent>
    </Card>
  );
}

export function IndicatorShow() {
  return (
    <Show>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="app.common.overview">
          <FieldRow>
            <TextField source="code" />
            <ReferenceField source="targetId" reference="Target" link="show" />
            <TextField source="unit" />
            <SelectField source="unitKind" choices={unitKindChoices} />
            <SelectField source="kind" choices={indicatorKindChoices} />
            <SelectField source="comparator" choices={comparatorChoices} />
            <Labeled label="resources.Indicator.fields.goal">
              <GoalField />
            </Labeled>
            <Labeled label="resources.Indicator.fields.leadAgency">
              <ReferenceField source="leadAgency.id" reference="Agency" link="show" emptyText="—" />
            </Labeled>
          </FieldRow>
          <Labeled>
            <TextField source="name" />
          </Labeled>
          <Labeled>
            <TextField source="nameEn" />
          </Labeled>
          <Labeled fullWidth>
            <VerbatimField source="sourcePhrase" />
          </Labeled>
          <Labeled label="resources.Indicator.fields.progress" fullWidth>
            <Stack spacing={1}>
              <ProgressField />
              <ProgressDetails />
            </Stack>
          </Labeled>
          <FiguresChart />
          <SeriesAcrossTerms />
          <FieldRow>
            <NumberField source="baselineYear" options={{ useGrouping: false }} emptyText="—" />
            <TextField source="baselineValue" emptyText="—" />
            <ArrayField source="planValues">
              <DataTable bulkActionButtons={false} empty={<span>—</span>}>
                <DataTable.Col
                  source="year"
                  label="resources.Indicator.fields.planYear"
                  disableSort
                />
                <DataTable.Col
                  source="value"
                  label="resources.Indicator.fields.planValue"
                  disableSort
                />
              </DataTable>
            </ArrayField>
          </FieldRow>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.menu.assignments" path="assignments">
          <ReferenceManyField
            reference="Assignment"
            target="indicatorId"
            sort={sortOf("Assignment", "startsOn", "DESC")}
          >
            <SortableTable bulkActionButtons={false} rowClick="show">
              <DataTable.Col source="agencyId">
                <ReferenceField source="agencyId" reference="Agency" link="show" />
              </DataTable.Col>
              <DataTable.Col source="role">
                <AssignmentRoleField />
              </DataTable.Col>
              <DataTable.Col source="startsOn" field={LocalDateField} />
              <DataTable.Col source="endsOn" field={LocalDateField} />
            </SortableTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.menu.figures" path="measurements">
          <ReferenceManyField
            reference="Measurement"
            target="indicatorId"
            sort={sortOf("Measurement", "year", "DESC")}
            perPage={50}
            queryOptions={{ meta: { sparseFields: MEASUREMENT_ROW_FIELDS } }}
          >
            <SortableTable bulkActionButtons={false} rowClick="show">
              <DataTable.Col source="year" />
              <DataTable.Col source="period">
                <SelectField source="period" choices={periodChoices} />
              </DataTable.Col>
              <DataTable.Col source="value" disableSort>
                <ValueField />
              </DataTable.Col>
              <DataTable.Col source="agencyId">
                <ReferenceField source="agencyId" reference="Agency" link={false} />
              </DataTable.Col>
              <DataTable.Col source="status">
                <StatusField />
              </DataTable.Col>
              <DataTable.Col source="source">
                <FunctionField render={(r) => r.source || "—"} />
              </DataTable.Col>
            </SortableTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.history.title" path="history">
          <HistoryTab type="Indicator" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}

const MEASUREMENT_ROW_FIELDS = [
  "id",
  "year",
  "period",
  "value",
  "valueKind",
  "status",
  "source",
  "agencyId",
  "indicatorId",
  { indicator: ["id", "unit"] },
];
