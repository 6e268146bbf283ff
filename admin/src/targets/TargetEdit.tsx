import { Edit } from "react-admin";
import { TargetForm } from "./TargetForm";

export function TargetEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <TargetForm />
    </Edit>
  );
}
