import { Create } from "react-admin";
import { AgencyForm } from "./AgencyForm";

export function AgencyCreate() {
  return (
    <Create redirect="show">
      <AgencyForm />
    </Create>
  );
}
