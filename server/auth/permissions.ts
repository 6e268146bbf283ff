/**
 * Roles map to permission sets here and nowhere else; code checks
 * permissions, never role names.
 */
import { registerEnumType } from "type-graphql";
import { Role } from "../common/enums";

export enum Permission {
  /** The resolution, agencies, assignments, approved figures and progress. */
  ReadPublic = "ReadPublic",
  /** Drafts, submitted and returned figures of the caller's own agency. */
  ReadOwnAgencyMeasurement = "ReadOwnAgencyMeasurement",
  /** Every figure in any state. */
  ReadAnyMeasurement = "ReadAnyMeasurement",
  ReadUser = "ReadUser",
  ReadAuditEvent = "ReadAuditEvent",
  ManageCongress = "ManageCongress",
  ManageAgency = "ManageAgency",
  ManageUser = "ManageUser",
  AssignTarget = "AssignTarget",
  /** Record the province's own verdict on a target (administrators only). */
  AssessTarget = "AssessTarget",
  SaveMeasurement = "SaveMeasurement",
  SubmitMeasurement = "SubmitMeasurement",
  ApproveMeasurement = "ApproveMeasurement",
  ReopenMeasurement = "ReopenMeasurement",
  /** Review (approve, return, reopen) figures of any agency, as the provincial office does. */
  ReviewAnyAgency = "ReviewAnyAgency",
  ManageOwnApiToken = "ManageOwnApiToken",
  ManageAnyApiToken = "ManageAnyApiToken",
  /** Every user's reminders, and `sendDueReminders`. */
  ManageReminders = "ManageReminders",
  /** Signed in at all: `me`, `logout`. */
  Authenticated = "Authenticated",
}

registerEnumType(Permission, {
  name: "Permission",
  description: "What a caller may do; roles map to sets of these (`me.permissions`).",
});

const viewer = [Permission.ReadPublic, Permission.Authenticated, Permission.ManageOwnApiToken];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  [Role.VIEWER]: viewer,
  [Role.REPORTER]: [
    ...viewer,
    Permission.ReadOwnAgencyMeasurement,
    Permission.SaveMeasurement,
    Permission.SubmitMeasurement,
  ],
  [Role.AGENCY_HEAD]: [
    ...viewer,
    Permission.ReadOwnAgencyMeasurement,
    Permission.ApproveMeasurement,
    Permission.ReopenMeasurement,
  ],
  [Role.ADMIN]: Object.values(Permission),
};

/** What a caller who is not signed in may do: read what the province publishes. */
export const anonymousPermissions: readonly Permission[] = [Permission.ReadPublic];

/** What each API token scope can grant, at most; the owner's role cuts it further. */
export const scopePermissions: Record<string, readonly Permission[]> = {
  read: [
    Permission.ReadPublic,
    Permission.Authenticated,
    Permission.ReadOwnAgencyMeasurement,
    Permission.ReadAnyMeasurement,
    Permission.ReadUser,
    Permission.ReadAuditEvent,
  ],
  submit: [Permission.Authenticated, Permission.SaveMeasurement, Permission.SubmitMeasurement],
};

export const apiTokenScopes = Object.keys(scopePermissions);

export function permissionsFor(role: Role, scopes?: readonly string[]): Set<Permission> {
  const granted = new Set(rolePermissions[role]);
  if (!scopes) return granted;
  const allowed = new Set(scopes.flatMap((s) => scopePermissions[s] ?? []));
  return new Set([...granted].filter((p) => allowed.has(p)));
}
