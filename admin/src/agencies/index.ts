/** The Agency resource's pages, for `<Resource {...agencies} />` (App.tsx). */
import BusinessIcon from "@mui/icons-material/Business";
import type { ResourceProps } from "react-admin";
import { AgencyList } from "./AgencyList";
import { AgencyShow } from "./AgencyShow";
import { AgencyEdit } from "./AgencyEdit";
import { AgencyCreate } from "./AgencyCreate";

export const agencies = {
  name: "Agency",
  icon: BusinessIcon,
  list: AgencyList,
  show: AgencyShow,
  edit: AgencyEdit,
  create: AgencyCreate,
  recordRepresentation: "shortName",
} satisfies ResourceProps;
