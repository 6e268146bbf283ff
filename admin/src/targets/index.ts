/** The Target resource's pages, for `<Resource {...targets} />` (App.tsx). */
import FlagIcon from "@mui/icons-material/Flag";
import type { ResourceProps } from "react-admin";
import { localized } from "../common/localized";
import { i18nProvider } from "../i18n/i18nProvider";
import { TargetList } from "./TargetList";
import { TargetShow } from "./TargetShow";
import { TargetEdit } from "./TargetEdit";
import { TargetCreate } from "./TargetCreate";

export const targets = {
  name: "Target",
  icon: FlagIcon,
  list: TargetList,
  show: TargetShow,
  edit: TargetEdit,
  create: TargetCreate,
  recordRepresentation: (r) => `${r.number}. ${localized(r, "title", i18nProvider.getLocale())}`,
} satisfies ResourceProps;
