/**
 * Choices of the schema's enums, in the order people read them (the generated
 * enums are alphabetical); names are translation keys (react-admin translates
 * them). `every<E>()` fails to compile when a list misses a value of the
 * generated enum or names one the schema does not have.
 */
import type {
  AgencyKind,
  AssessedVerdict,
  AssignmentRole,
  ClauseKind,
  Comparator,
  Direction,
  IndicatorKind,
  MeasurementStatus,
  PeriodType,
  ReminderKind,
  ReportingFrequency,
  Role,
  TargetDomain,
  UnitKind,
  ValueKind,
} from "../generated/graphql";

export const every =
  <E extends string>() =>
  <const V extends readonly E[]>(values: V & ([E] extends [V[number]] ? unknown : never)) =>
    values;

const choices = (group: string, values: readonly string[]) =>
  values.map((id) => ({ id, name: `app.enums.${group}.${id}` }));

export const DOMAINS = every<TargetDomain>()([
  "ECONOMY",
  "SOCIETY",
  "ENVIRONMENT",
  "SECURITY",
  "PARTY_BUILDING",
]);
export const INDICATOR_KINDS = every<IndicatorKind>()([
  "END_OF_TERM_LEVEL",
  "EVERY_YEAR",
  "AVERAGE_ANNUAL_RATE",
  "TERM_TOTAL",
]);
export const COMPARATORS = every<Comparator>()(["AT_LEAST", "AT_MOST", "LESS_THAN", "BETWEEN"]);
export const UNIT_KINDS = every<UnitKind>()(["PERCENT", "COUNT", "AMOUNT", "CHANGE_RATE"]);
export const AGENCY_KINDS = every<AgencyKind>()([
  "DEPARTMENT",
  "PARTY_BOARD",
  "CENTRAL_BRANCH",
  "DISTRICT",
  "COMMUNE",
  "WARD",
  "OTHER",
]);
export const ROLES = every<Role>()(["ADMIN", "AGENCY_HEAD", "REPORTER", "VIEWER"]);
export const ASSIGNMENT_ROLES = every<AssignmentRole>()(["LEAD", "COORDINATE"]);
export const FREQUENCIES = every<ReportingFrequency>()(["YEARLY", "HALF_YEARLY", "QUARTERLY"]);
export const PERIODS = every<PeriodType>()(["YEAR", "H1", "Q1", "Q2", "Q3", "Q4", "TERM"]);
export const DIRECTIONS = every<Direction>()([
  "HIGHER_IS_BETTER",
  "LOWER_IS_BETTER",
  "WITHIN_RANGE",
]);
export const ASSESSED_VERDICTS = every<AssessedVerdict>()(["EXCEEDED", "MET", "NOT_MET"]);
export const VALUE_KINDS = every<ValueKind>()(["OFFICIAL", "ESTIMATE"]);
export const STATUSES = every<MeasurementStatus>()(["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"]);
export const CLAUSE_KINDS = every<ClauseKind>()(["ASSESSMENT", "VIEWPOINT", "GENERAL_GOAL"]);
export const REMINDER_KINDS = every<ReminderKind>()([
  "DUE_SOON",
  "LATE",
  "DIGEST",
  "REOPENED",
  "RETURNED",
]);
export const SCOPES = ["read", "submit"] as const;

export const domainChoices = choices("domain", DOMAINS);
export const indicatorKindChoices = choices("indicatorKind", INDICATOR_KINDS);
export const comparatorChoices = choices("comparator", COMPARATORS);
export const unitKindChoices = choices("unitKind", UNIT_KINDS);
export const agencyKindChoices = choices("agencyKind", AGENCY_KINDS);
export const roleChoices = choices("role", ROLES);
export const assignmentRoleChoices = choices("assignmentRole", ASSIGNMENT_ROLES);
export const frequencyChoices = choices("frequency", FREQUENCIES);
export const periodChoices = choices("period", PERIODS);
export const directionChoices = choices("direction", DIRECTIONS);
export const assessedVerdictChoices = choices("assessedVerdict", ASSESSED_VERDICTS);
export const valueKindChoices = choices("valueKind", VALUE_KINDS);
export const statusChoices = choices("status", STATUSES);
export const scopeChoices = choices("scope", SCOPES);

/** Days after a period's end a figure is due, unless the assignment says otherwise (as most seeded ones do). */
export const DEFAULT_DUE_DAYS = 30;
