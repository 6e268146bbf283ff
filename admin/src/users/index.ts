/** The User resource's pages, for `<Resource {...users} />` (App.tsx). */
import PeopleIcon from "@mui/icons-material/People";
import type { ResourceProps } from "react-admin";
import { UserList } from "./UserList";
import { UserShow } from "./UserShow";
import { UserEdit } from "./UserEdit";
import { UserCreate } from "./UserCreate";

export const users = {
  name: "User",
  icon: PeopleIcon,
  list: UserList,
  show: UserShow,
  edit: UserEdit,
  create: UserCreate,
  recordRepresentation: "name",
} satisfies ResourceProps;
