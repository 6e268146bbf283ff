/** The Congress resource's pages, for `<Resource {...congresses} />` (App.tsx). */
import AccountBalanceIcon from "@mui/icons-material/AccountBalance";
import type { ResourceProps } from "react-admin";
import { CongressList } from "./CongressList";
import { CongressShow } from "./CongressShow";
import { CongressEdit } from "./CongressEdit";
import { CongressCreate } from "./CongressCreate";

export const congresses = {
  name: "Congress",
  icon: AccountBalanceIcon,
  list: CongressList,
  show: CongressShow,
  edit: CongressEdit,
  create: CongressCreate,
  recordRepresentation: (r) => `${r.partyCommittee} ${r.termStartYear}–${r.termEndYear}`,
} satisfies ResourceProps;
