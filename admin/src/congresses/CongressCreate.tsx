import { Create } from "react-admin";
import { CongressForm } from "./CongressForm";

export function CongressCreate() {
  return (
    <Create redirect="show">
      <CongressForm />
    </Create>
  );
}
