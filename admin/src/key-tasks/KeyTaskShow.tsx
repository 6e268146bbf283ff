import {
  DataTable,
  Labeled,
  ReferenceManyField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
} from "react-admin";
import { domainChoices } from "../common/choices";
import { FieldRow } from "../common/FieldRow";
import { HistoryTab } from "../common/HistoryTab";
import { ProgressField } from "../common/ProgressField";
import { VerbatimField } from "../common/Verbatim";

export function KeyTaskShow() {
  return (
    <Show>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="app.common.overview">
          <FieldRow>
            <TextField source="ordinal" />
            <TextField source="title" />
            <TextField source="titleEn" />
            <Labeled label="resources.KeyTask.fields.progress">
              <ProgressField />
            </Labeled>
          </FieldRow>
          <Labeled fullWidth>
            <VerbatimField source="text" />
          </Labeled>
          <Labeled label="app.congress.targets" fullWidth>
            <ReferenceManyField
              reference="Target"
              target="keyTaskId"
              sort={{ field: "number", order: "ASC" }}
              perPage={100}
            >
              <DataTable bulkActionButtons={false} rowClick="show">
                <DataTable.Col source="number" sx={{ width: 60 }} />
                <DataTable.Col source="title" />
                <DataTable.Col source="domain">
                  <SelectField source="domain" choices={domainChoices} />
                </DataTable.Col>
                <DataTable.Col label="resources.Target.fields.progress" disableSort>
                  <ProgressField />
                </DataTable.Col>
              </DataTable>
            </ReferenceManyField>
          </Labeled>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.history.title" path="history">
          <HistoryTab type="KeyTask" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
