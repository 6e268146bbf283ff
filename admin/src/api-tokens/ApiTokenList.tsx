import { LocalDateField } from "../common/LocalDateField";
import {
  DataTable,
  FunctionField,
  List,
  NullableBooleanInput,
  SearchInput,
  TextArrayField,
} from "react-admin";
import { UserReferenceField } from "../common/UserReferenceField";
import { useHasPermission } from "../common/useCaller";
import { RevokeButton } from "./RevokeButton";
import { ListActions } from "../common/ListActions";
import { SortableTable } from "../common/SortableTable";
import { sortOf } from "../common/sortable";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn />,
];

export function ApiTokenList() {
  // Only administrators see other people's tokens, hence the owner column.
  const readsUsers = useHasPermission("ReadUser");
  return (
    <List
      actions={<ListActions />}
      filters={filters}
      sort={sortOf("ApiToken", "createdAt", "DESC")}
    >
      <SortableTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="prefix">
          <FunctionField render={(r) => <code>{r.prefix}…</code>} />
        </DataTable.Col>
        <DataTable.Col source="scopes">
          <TextArrayField source="scopes" />
        </DataTable.Col>
        {readsUsers ? (
          <DataTable.Col source="userId">
            <UserReferenceField source="userId" />
          </DataTable.Col>
        ) : null}
        <DataTable.Col source="expiresAt">
          <LocalDateField source="expiresAt" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="lastUsedAt">
          <LocalDateField source="lastUsedAt" showTime emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="revokedAt">
          <LocalDateField source="revokedAt" showTime emptyText="—" />
        </DataTable.Col>
        <DataTable.Col label="app.common.actions">
          <RevokeButton />
        </DataTable.Col>
      </SortableTable>
    </List>
  );
}
