import { LocalDateField } from "../common/LocalDateField";
import { Show, SimpleShowLayout, TextArrayField, TextField, TopToolbar } from "react-admin";
import { UserReferenceField } from "../common/UserReferenceField";
import { RevokeButton } from "./RevokeButton";

export function ApiTokenShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <RevokeButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="prefix" />
        <TextArrayField source="scopes" />
        <UserReferenceField source="userId" label="resources.ApiToken.fields.userId" />
        <LocalDateField source="createdAt" showTime />
        <LocalDateField source="expiresAt" showTime emptyText="—" />
        <LocalDateField source="lastUsedAt" showTime emptyText="—" />
        <LocalDateField source="revokedAt" showTime emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
}
