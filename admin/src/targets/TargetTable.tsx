/** The targets of a congress or a key task, in order, with their domain and progress. */
import { DataTable, ReferenceManyField, SelectField } from "react-admin";
import { domainChoices } from "../common/choices";
import { ProgressField } from "../common/ProgressField";
import { LocalizedField } from "../common/localized";
import { SortableTable } from "../common/SortableTable";
import { sortOf } from "../common/sortable";

export function TargetTable({ target }: { target: "congressId" | "keyTaskId" }) {
  return (
    <ReferenceManyField
      reference="Target"
      target={target}
      sort={sortOf("Target", "number", "ASC")}
      perPage={100}
    >
      <SortableTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="number" sx={{ width: 60 }} />
        <DataTable.Col source="title">
          <LocalizedField source="title" />
        </DataTable.Col>
        <DataTable.Col source="domain">
          <SelectField source="domain" choices={domainChoices} />
        </DataTable.Col>
        <DataTable.Col label="resources.Target.fields.progress">
          <ProgressField />
        </DataTable.Col>
      </SortableTable>
    </ReferenceManyField>
  );
}
