import { Edit } from "react-admin";
import { FIGURE_EDIT_FIELDS } from "./fields";
import { FigureForm, transformFigure } from "./FigureForm";
import { MeasurementTitle } from "./MeasurementTitle";
import { useFreshAfterWorkflow } from "./useFreshAfterWorkflow";

export function MeasurementEdit() {
  const fresh = useFreshAfterWorkflow();
  return (
    <Edit
      mutationMode="pessimistic"
      mutationOptions={{ onSettled: () => void fresh() }}
      redirect="show"
      transform={transformFigure}
      title={<MeasurementTitle />}
      queryOptions={{ meta: { sparseFields: FIGURE_EDIT_FIELDS } }}
    >
      <FigureForm editing />
    </Edit>
  );
}
