import { LocalDateField } from "../common/LocalDateField";
import {
  DataTable,
  FunctionField,
  Labeled,
  NumberField,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  WithRecord,
  TopToolbar,
  EditButton,
  useRecordContext,
} from "react-admin";
import { TargetTableButton } from "./TargetTableButton";
import { FieldRow } from "../common/FieldRow";
import { HistoryTab } from "../common/HistoryTab";
import { TargetTable } from "../targets/TargetTable";
import { ProgressField } from "../common/ProgressField";
import { LoadTargetsPanel } from "./LoadTargetsPanel";
import { CarryForwardPanel } from "./CarryForwardPanel";
import { ResolutionPanel } from "./ResolutionPanel";
import { SortableTable } from "../common/SortableTable";
import { sortOf } from "../common/sortable";

/** A field shown only when the congress has it. */
function optional(source: string) {
  return (
    <WithRecord
      render={(r) =>
        r[source] === null || r[source] === undefined ? null : (
          <Labeled source={source} resource="Congress">
            <TextField source={source} />
          </Labeled>
        )
      }
    />
  );
}

function CongressActions() {
  const record = useRecordContext();
  return (
    <TopToolbar sx={{ alignItems: "center" }}>
      {record ? (
        <TargetTableButton
          congress={{
            id: String(record.id),
            termStartYear: record.termStartYear as number,
            termEndYear: record.termEndYear as number,
          }}
        />
      ) : null}
      <EditButton />
    </TopToolbar>
  );
}

export function CongressShow() {
  return (
    <Show actions={<CongressActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="app.common.overview">
          <FieldRow>
            <NumberField source="ordinal" />
            <TextField source="partyCommittee" />
            <Labeled label="app.congress.term">
              <FunctionField render={(r) => `${r.termStartYear}–${r.termEndYear}`} />
            </Labeled>
            <Labeled label="app.congress.held">
              <FunctionField
                render={() => (
                  <span>
                    <LocalDateField source="heldFrom" /> – <LocalDateField source="heldTo" />
                  </span>
                )}
              />
            </Labeled>
            <TextField source="place" />
            <NumberField source="executiveCommitteeSize" />
            <Labeled label="app.congress.delegates">
              <FunctionField render={(r) => `${r.nationalDelegates} + ${r.nationalAlternates}`} />
            </Labeled>
            {/* Facts the 18th congress's reports give; empty for earlier congresses. */}
            {optional("delegateCount")}
            {optional("standingCommitteeSize")}
            {optional("inspectionCommitteeSize")}
          </FieldRow>
          {optional("motto")}
          {optional("theme")}
          <ResolutionPanel />
          <LoadTargetsPanel />
          <CarryForwardPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.congress.key_tasks" path="key-tasks">
          <ReferenceManyField
            reference="KeyTask"
            target="congressId"
            sort={sortOf("KeyTask", "ordinal", "ASC")}
          >
            <SortableTable bulkActionButtons={false} rowClick="show">
              <DataTable.Col source="ordinal" sx={{ width: 60 }} />
              <DataTable.Col source="title" />
              <DataTable.Col label="resources.KeyTask.fields.progress">
                <ProgressField />
              </DataTable.Col>
            </SortableTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.congress.targets" path="targets">
          <TargetTable target="congressId" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.history.title" path="history">
          <HistoryTab type="Congress" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
