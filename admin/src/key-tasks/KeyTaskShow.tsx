import { Labeled, Show, TabbedShowLayout, TextField } from "react-admin";
import { FieldRow } from "../common/FieldRow";
import { HistoryTab } from "../common/HistoryTab";
import { TargetTable } from "../targets/TargetTable";
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
            <TargetTable target="keyTaskId" />
          </Labeled>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.history.title" path="history">
          <HistoryTab type="KeyTask" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
