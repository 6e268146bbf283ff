/** The Assignment resource's pages, for `<Resource {...assignments} />` (App.tsx). */
import AssignmentIndIcon from "@mui/icons-material/AssignmentInd";
import type { ResourceProps } from "react-admin";
import { AssignmentList } from "./AssignmentList";
import { AssignmentShow } from "./AssignmentShow";
import { AssignmentEdit } from "./AssignmentEdit";
import { AssignmentCreate } from "./AssignmentCreate";

export const assignments = {
  name: "Assignment",
  icon: AssignmentIndIcon,
  list: AssignmentList,
  show: AssignmentShow,
  edit: AssignmentEdit,
  create: AssignmentCreate,
  recordRepresentation: (r) => `${r.role}`,
} satisfies ResourceProps;
