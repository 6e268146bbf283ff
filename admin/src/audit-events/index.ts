/** The AuditEvent resource's pages, for `<Resource {...auditEvents} />` (App.tsx). */
import HistoryIcon from "@mui/icons-material/History";
import type { ResourceProps } from "react-admin";
import { AuditEventList } from "./AuditEventList";
import { AuditEventShow } from "./AuditEventShow";

export const auditEvents = {
  name: "AuditEvent",
  icon: HistoryIcon,
  list: AuditEventList,
  show: AuditEventShow,
  recordRepresentation: "action",
} satisfies ResourceProps;
