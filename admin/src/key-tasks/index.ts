/** The KeyTask resource's pages, for `<Resource {...keyTasks} />` (App.tsx). */
import StarIcon from "@mui/icons-material/Star";
import type { ResourceProps } from "react-admin";
import { localized } from "../common/localized";
import { i18nProvider } from "../i18n/i18nProvider";
import { KeyTaskList } from "./KeyTaskList";
import { KeyTaskShow } from "./KeyTaskShow";
import { KeyTaskEdit } from "./KeyTaskEdit";
import { KeyTaskCreate } from "./KeyTaskCreate";

export const keyTasks = {
  name: "KeyTask",
  icon: StarIcon,
  list: KeyTaskList,
  show: KeyTaskShow,
  edit: KeyTaskEdit,
  create: KeyTaskCreate,
  recordRepresentation: (r) => `${r.ordinal}. ${localized(r, "title", i18nProvider.getLocale())}`,
} satisfies ResourceProps;
