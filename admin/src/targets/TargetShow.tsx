/** A target: its verbatim text, its indicators inline with their goals and leads, assignments, history. */
import { Stack, Typography, useMediaQuery, type Theme } from "@mui/material";
import {
  ChipField,
  DataTable,
  FunctionField,
  Labeled,
  ReferenceArrayField,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  SingleFieldList,
  TabbedShowLayout,
  TextField,
  useTranslate,
} from "react-admin";
import { AssignmentRoleField } from "../assignments/AssignmentRoleField";
import { domainChoices } from "../common/choices";
import { GoalField } from "../common/GoalField";
import { HistoryTab } from "../common/HistoryTab";
import { ProgressField } from "../common/ProgressField";
import { VerbatimField } from "../common/Verbatim";
import { TargetAssessmentPanel } from "./TargetAssessmentPanel";
import { TargetAssignButton } from "./TargetAssignButton";
import { FieldRow } from "../common/FieldRow";
import { SortableTable } from "../common/SortableTable";
import { sortOf } from "../common/sortable";

function IndicatorsInline() {
  const translate = useTranslate();
  // A phone has no room for the verbatim phrase beside each goal; the indicator's page shows it.
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down("sm"));
  return (
    <Stack spacing={1} data-testid="target-indicators">
      <Typography variant="subtitle1">{translate("app.target.indicators")}</Typography>
      <ReferenceManyField
        reference="Indicator"
        target="targetId"
        sort={sortOf("Indicator", "position", "ASC")}
      >
        <SortableTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="code" disableSort sx={{ width: 50 }} />
          <DataTable.Col source="name" disableSort />
          <DataTable.Col label="resources.Indicator.fields.goal">
            <GoalField />
          </DataTable.Col>
          {phone ? null : (
            <DataTable.Col source="sourcePhrase">
              <FunctionField render={(r) => <i>“{r.sourcePhrase}”</i>} />
            </DataTable.Col>
          )}
          <DataTable.Col source="leadAgency.id" label="resources.Indicator.fields.leadAgency">
            <ReferenceField source="leadAgency.id" reference="Agency" link="show" emptyText="—" />
          </DataTable.Col>
          <DataTable.Col label="resources.Indicator.fields.progress">
            <ProgressField />
          </DataTable.Col>
        </SortableTable>
      </ReferenceManyField>
    </Stack>
  );
}

export function TargetShow() {
  return (
    <Show actions={<TargetAssignButton />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="app.common.overview">
          <FieldRow>
            <TextField source="number" />
            <TextField source="title" />
            <TextField source="titleEn" />
            <SelectField source="domain" choices={domainChoices} />
            <Labeled label="resources.Target.fields.progress">
              <ProgressField />
            </Labeled>
          </FieldRow>
          <TargetAssessmentPanel />
          <Labeled label="resources.Target.fields.keyTaskIds">
            <ReferenceArrayField source="keyTaskIds" reference="KeyTask">
              <SingleFieldList>
                <ChipField source="title" />
              </SingleFieldList>
            </ReferenceArrayField>
          </Labeled>
          <Labeled label="resources.Target.fields.text" fullWidth>
            <VerbatimField source="text" />
          </Labeled>
          <IndicatorsInline />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.menu.assignments" path="assignments">
          <ReferenceManyField
            reference="Assignment"
            target="targetId"
            filter={{ active: true }}
            sort={sortOf("Assignment", "role", "DESC")}
            perPage={100}
          >
            <SortableTable bulkActionButtons={false} rowClick="show">
              <DataTable.Col source="indicatorId">
                <ReferenceField source="indicatorId" reference="Indicator" link={false} />
              </DataTable.Col>
              <DataTable.Col source="agencyId">
                <ReferenceField source="agencyId" reference="Agency" link="show" />
              </DataTable.Col>
              <DataTable.Col source="role">
                <AssignmentRoleField />
              </DataTable.Col>
              <DataTable.Col source="startsOn" />
            </SortableTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.history.title" path="history">
          <HistoryTab type="Target" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
