import { Create } from "react-admin";
import { IndicatorForm } from "./IndicatorForm";

export function IndicatorCreate() {
  return (
    <Create redirect="show">
      <IndicatorForm create />
    </Create>
  );
}
