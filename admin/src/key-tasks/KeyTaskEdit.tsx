import { Edit } from "react-admin";
import { KeyTaskForm } from "./KeyTaskForm";

export function KeyTaskEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <KeyTaskForm />
    </Edit>
  );
}
