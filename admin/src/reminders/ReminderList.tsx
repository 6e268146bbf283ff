/** Every reminder sent, for administrators: to whom, what, how and whether it went. */
import {
  Datagrid,
  List,
  NumberField,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
} from "react-admin";
import { REMINDER_KINDS } from "../common/choices";
import { LocalDateField } from "../common/LocalDateField";
import { sortOf } from "../common/sortable";

const kinds = REMINDER_KINDS.map((id) => ({
  id,
  name: `reminders.kinds.${id}`,
}));
const statuses = ["QUEUED", "SENDING", "SENT"].map((id) => ({ id, name: id }));

const filters = [
  <TextInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={kinds} />,
  <SelectInput key="status" source="status" choices={statuses} />,
];

export function ReminderList() {
  return (
    <List filters={filters} sort={sortOf("Reminder", "createdAt", "DESC")}>
      <Datagrid rowClick={false} bulkActionButtons={false}>
        <LocalDateField source="createdAt" showTime />
        <LocalDateField source="day" />
        <TextField source="email" />
        <SelectField source="kind" choices={kinds} />
        <TextField source="channel" />
        <TextField source="status" />
        <TextField source="subject" />
        <NumberField source="attempts" />
        <TextField source="lastError" emptyText="" />
      </Datagrid>
    </List>
  );
}
