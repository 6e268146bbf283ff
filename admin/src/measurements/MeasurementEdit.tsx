import { Edit } from "react-admin";
import { FIGURE_LIST_FIELDS } from "./fields";
import { FigureForm, transformFigure } from "./FigureForm";
import { MeasurementTitle } from "./MeasurementTitle";

export function MeasurementEdit() {
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      transform={transformFigure}
      title={<MeasurementTitle />}
      queryOptions={{ meta: { sparseFields: FIGURE_LIST_FIELDS } }}
    >
      <FigureForm editing />
    </Edit>
  );
}
