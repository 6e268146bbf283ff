import { Edit } from "react-admin";
import { IndicatorForm } from "./IndicatorForm";

export function IndicatorEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <IndicatorForm />
    </Edit>
  );
}
