/** The Indicator resource's pages, for `<Resource {...indicators} />` (App.tsx). */
import TableChartIcon from "@mui/icons-material/TableChart";
import type { ResourceProps } from "react-admin";
import { localized } from "../common/localized";
import { i18nProvider } from "../i18n/i18nProvider";
import { IndicatorList } from "./IndicatorList";
import { IndicatorShow } from "./IndicatorShow";
import { IndicatorEdit } from "./IndicatorEdit";
import { IndicatorCreate } from "./IndicatorCreate";

export const indicators = {
  name: "Indicator",
  icon: TableChartIcon,
  list: IndicatorList,
  show: IndicatorShow,
  edit: IndicatorEdit,
  create: IndicatorCreate,
  recordRepresentation: (r) => `${r.code} ${localized(r, "name", i18nProvider.getLocale())}`,
} satisfies ResourceProps;
