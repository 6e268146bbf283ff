import { LocalDateField } from "../common/LocalDateField";
import {
  BooleanField,
  EmailField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from "react-admin";
import { roleChoices } from "../common/choices";

export function UserShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <EmailField source="email" />
        <TextField source="name" />
        <SelectField source="role" choices={roleChoices} />
        <ReferenceField source="agencyId" reference="Agency" link="show" emptyText="—" />
        <BooleanField source="active" />
        <LocalDateField source="lastLoginAt" showTime emptyText="—" />
        <LocalDateField source="createdAt" showTime />
      </SimpleShowLayout>
    </Show>
  );
}
