import { Resolver } from "type-graphql";
import { createReadResolver } from "../../read/read-resolver";
import { AuditEvent } from "./audit-event.entity";
import { auditEventList } from "./audit.service";
import { AuditEventFilter } from "./audit.inputs";

@Resolver(() => AuditEvent)
export class AuditEventResolver extends createReadResolver({
  type: AuditEvent,
  filter: AuditEventFilter,
  plural: "AuditEvents",
  spec: auditEventList,
}) {}
