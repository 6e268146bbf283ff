/** The Measurement resource's pages, for `<Resource {...measurements} />` (App.tsx). */
import InsightsIcon from "@mui/icons-material/Insights";
import type { ResourceProps } from "react-admin";
import { MeasurementList } from "./MeasurementList";
import { MeasurementShow } from "./MeasurementShow";
import { MeasurementEdit } from "./MeasurementEdit";
import { MeasurementCreate } from "./MeasurementCreate";

export const measurements = {
  name: "Measurement",
  icon: InsightsIcon,
  list: MeasurementList,
  show: MeasurementShow,
  edit: MeasurementEdit,
  create: MeasurementCreate,
  recordRepresentation: (r) => `${r.year} ${r.period}`,
} satisfies ResourceProps;
