/**
 * The fields each list sorts by, as the server publishes them (`_allXSortFields`, one enum per
 * list, generated into admin/src/generated): a column offers sorting only by one of these
 * (SortableTable), and a default sort names one (`sortOf`, checked when compiling).
 * test/admin-published.test.ts asks the server for the same lists and sorts by every field.
 */
import type { SortPayload } from "react-admin";
import { graphql } from "../generated";
import {
  AgencySortField,
  ApiTokenSortField,
  AssignmentSortField,
  AuditEventSortField,
  CongressSortField,
  IndicatorSortField,
  KeyTaskSortField,
  MeasurementSortField,
  ReminderSortField,
  TargetSortField,
  UserSortField,
} from "../generated/graphql";

/** What the server answers; the panel does not send it (the values are generated), the test does. */
export const SORT_FIELDS = graphql(`
  query SortFields {
    Agency: _allAgenciesSortFields
    ApiToken: _allApiTokensSortFields
    Assignment: _allAssignmentsSortFields
    AuditEvent: _allAuditEventsSortFields
    Congress: _allCongressesSortFields
    Indicator: _allIndicatorsSortFields
    KeyTask: _allKeyTasksSortFields
    Measurement: _allMeasurementsSortFields
    Reminder: _allRemindersSortFields
    Target: _allTargetsSortFields
    User: _allUsersSortFields
  }
`);

const SORTABLE = {
  Agency: AgencySortField,
  ApiToken: ApiTokenSortField,
  Assignment: AssignmentSortField,
  AuditEvent: AuditEventSortField,
  Congress: CongressSortField,
  Indicator: IndicatorSortField,
  KeyTask: KeyTaskSortField,
  Measurement: MeasurementSortField,
  Reminder: ReminderSortField,
  Target: TargetSortField,
  User: UserSortField,
};

export type SortedResource = keyof typeof SORTABLE;
export type SortFieldOf<R extends SortedResource> =
  (typeof SORTABLE)[R][keyof (typeof SORTABLE)[R]];

/** Every resource's sort fields, as plain lists. */
export const sortFields = Object.fromEntries(
  Object.entries(SORTABLE).map(([resource, fields]) => [resource, Object.values(fields)]),
) as { [R in SortedResource]: SortFieldOf<R>[] };

/** Whether the server sorts `resource`'s list by `field` (false for a resource it does not list). */
export function isSortable(resource: string | undefined, field: string | undefined): boolean {
  if (!resource || !field || !Object.hasOwn(sortFields, resource)) return false;
  return (sortFields[resource as SortedResource] as string[]).includes(field);
}

/** A list's sort, by a field the server sorts by (a typo or a removed field fails to compile). */
export function sortOf<R extends SortedResource>(
  _resource: R,
  field: SortFieldOf<R>,
  order: SortPayload["order"] = "ASC",
): SortPayload {
  return { field: field as string, order };
}
