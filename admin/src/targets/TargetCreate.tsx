import { Create } from "react-admin";
import { TargetForm } from "./TargetForm";

export function TargetCreate() {
  return (
    <Create redirect="show">
      <TargetForm create />
    </Create>
  );
}
