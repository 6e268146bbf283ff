import { Create } from "react-admin";
import { FigureForm, transformFigure } from "./FigureForm";
import { useFreshAfterWorkflow } from "./useFreshAfterWorkflow";

export function MeasurementCreate() {
  const fresh = useFreshAfterWorkflow();
  return (
    <Create
      redirect="show"
      mutationOptions={{ onSettled: () => void fresh() }}
      transform={transformFigure}
      title="app.measurement.create_title"
    >
      <FigureForm />
    </Create>
  );
}
