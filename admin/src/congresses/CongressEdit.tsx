import { Edit } from "react-admin";
import { CongressForm } from "./CongressForm";

export function CongressEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <CongressForm />
    </Edit>
  );
}
