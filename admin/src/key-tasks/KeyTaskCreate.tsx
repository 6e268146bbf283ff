import { Create } from "react-admin";
import { KeyTaskForm } from "./KeyTaskForm";

export function KeyTaskCreate() {
  return (
    <Create redirect="show">
      <KeyTaskForm create />
    </Create>
  );
}
