import { Edit } from "react-admin";
import { AgencyForm } from "./AgencyForm";

export function AgencyEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <AgencyForm />
    </Edit>
  );
}
