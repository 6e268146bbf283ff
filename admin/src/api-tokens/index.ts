/** The ApiToken resource's pages, for `<Resource {...apiTokens} />` (App.tsx). */
import KeyIcon from "@mui/icons-material/Key";
import type { ResourceProps } from "react-admin";
import { ApiTokenList } from "./ApiTokenList";
import { ApiTokenShow } from "./ApiTokenShow";
import { ApiTokenCreate } from "./ApiTokenCreate";

export const apiTokens = {
  name: "ApiToken",
  icon: KeyIcon,
  list: ApiTokenList,
  show: ApiTokenShow,
  create: ApiTokenCreate,
  recordRepresentation: "name",
} satisfies ResourceProps;
