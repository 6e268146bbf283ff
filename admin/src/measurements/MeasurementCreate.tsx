import { Create } from "react-admin";
import { FigureForm, transformFigure } from "./FigureForm";

export function MeasurementCreate() {
  return (
    <Create redirect="show" transform={transformFigure} title="app.measurement.create_title">
      <FigureForm />
    </Create>
  );
}
