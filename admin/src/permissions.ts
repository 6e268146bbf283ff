/**
 * What the panel shows to whom, from the permission strings `me` returns
 * (never from role names). The server decides; this only hides what a caller
 * could not do anyway.
 */
import { Permission, type MeQuery } from "./generated/graphql";

export { Permission };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RaRecord = Record<string, any>;

/** The signed-in person, as `me` answers, and the figure workflow's steps. */
export type Caller = MeQuery["me"]["user"] & {
  permissions: Permission[];
  workflow: MeQuery["measurementWorkflow"];
};

const READ = new Set(["list", "show", "export"]);

/** Per resource: what reading needs, what writing needs (any one of the list). */
const RESOURCES: Record<string, { read: Permission[]; write: Permission[] }> = {
  Province: { read: ["ReadPublic"], write: [] },
  Resolution: { read: ["ReadPublic"], write: [] },
  Congress: { read: ["ReadPublic"], write: ["ManageCongress"] },
  KeyTask: { read: ["ReadPublic"], write: ["ManageCongress"] },
  Target: { read: ["ReadPublic"], write: ["ManageCongress"] },
  Indicator: { read: ["ReadPublic"], write: ["ManageCongress"] },
  Agency: { read: ["ReadPublic"], write: ["ManageAgency"] },
  Assignment: { read: ["ReadPublic"], write: ["AssignTarget"] },
  Measurement: { read: ["ReadPublic"], write: ["SaveMeasurement"] },
  User: { read: ["ReadUser"], write: ["ManageUser"] },
  ApiToken: {
    read: ["ManageOwnApiToken", "ManageAnyApiToken"],
    write: ["ManageOwnApiToken", "ManageAnyApiToken"],
  },
  AuditEvent: { read: ["ReadAuditEvent"], write: [] },
  Reminder: { read: ["ManageReminders"], write: [] },
  // Pages of the panel that are not resources.
  approvals: { read: ["ApproveMeasurement"], write: ["ApproveMeasurement"] },
  reporting: { read: ["SaveMeasurement"], write: ["SaveMeasurement"] },
  "assignment-matrix": { read: ["ReadPublic"], write: ["AssignTarget"] },
  profile: { read: ["Authenticated"], write: ["Authenticated"] },
  completeness: { read: ["Authenticated"], write: [] },
};

const has = (caller: Caller, any: Permission[]) => any.some((p) => caller.permissions.includes(p));

/** Whether the caller may act on this figure's agency (their own, or any for the provincial office). */
function ownAgency(caller: Caller, record: RaRecord | undefined, any: Permission): boolean {
  if (!record) return true;
  return has(caller, [any]) || (!!caller.agencyId && record.agencyId === caller.agencyId);
}

/**
 * Figure actions follow the server's transition table (`measurementWorkflow`, read with the
 * identity): the step's permission, the states it starts from, and whose figure it may be.
 * Deleting is allowed where editing is. Nobody approves or returns their own submission.
 */
function measurementAccess(caller: Caller, action: string, record?: RaRecord): boolean {
  if (action === "create") return has(caller, ["SaveMeasurement"]);
  const step = caller.workflow.find((s) => s.name === (action === "delete" ? "edit" : action));
  if (!step) return READ.has(action) && has(caller, ["ReadPublic"]);
  return (
    has(caller, [step.permission]) &&
    (!record || step.from.includes(record.status)) &&
    ownAgency(caller, record, step.review ? "ReviewAnyAgency" : "ReadAnyMeasurement") &&
    (!record || !["approve", "return"].includes(step.name) || record.submittedById !== caller.id)
  );
}

export function canAccess(
  caller: Caller | null,
  action: string,
  resource: string,
  record?: RaRecord,
): boolean {
  if (!caller) return false;
  if (resource === "Measurement") return measurementAccess(caller, action, record);
  const rule = RESOURCES[resource];
  if (!rule) return false;
  if (READ.has(action)) return has(caller, rule.read);
  if (resource === "ApiToken" && record && action !== "create") {
    return has(caller, ["ManageAnyApiToken"]) || record.userId === caller.id;
  }
  if (resource === "Agency" && action === "assign") return has(caller, ["AssignTarget"]);
  if (resource === "Target" && action === "assign") return has(caller, ["AssignTarget"]);
  if (resource === "Indicator" && action === "assign") return has(caller, ["AssignTarget"]);
  return has(caller, rule.write);
}
