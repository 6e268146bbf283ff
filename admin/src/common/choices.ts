/** Choices of the schema's enums; names are translation keys (react-admin translates them). */

const choices = (group: string, values: readonly string[]) =>
  values.map((id) => ({ id, name: `app.enums.${group}.${id}` }));

export const DOMAINS = ["ECONOMY", "SOCIETY", "ENVIRONMENT", "SECURITY", "PARTY_BUILDING"] as const;
export const INDICATOR_KINDS = [
  "END_OF_TERM_LEVEL",
  "EVERY_YEAR",
  "AVERAGE_ANNUAL_RATE",
  "TERM_TOTAL",
] as const;
export const COMPARATORS = ["AT_LEAST", "AT_MOST", "LESS_THAN", "BETWEEN"] as const;
export const UNIT_KINDS = ["PERCENT", "COUNT", "AMOUNT", "CHANGE_RATE"] as const;
export const AGENCY_KINDS = [
  "DEPARTMENT",
  "PARTY_BOARD",
  "CENTRAL_BRANCH",
  "DISTRICT",
  "COMMUNE",
  "WARD",
  "OTHER",
] as const;
export const ROLES = ["ADMIN", "AGENCY_HEAD", "REPORTER", "VIEWER"] as const;
export const ASSIGNMENT_ROLES = ["LEAD", "COORDINATE"] as const;
export const FREQUENCIES = ["YEARLY", "HALF_YEARLY", "QUARTERLY"] as const;
export const PERIODS = ["YEAR", "H1", "Q1", "Q2", "Q3", "Q4", "TERM"] as const;
export const DIRECTIONS = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER", "WITHIN_RANGE"] as const;
export const ASSESSED_VERDICTS = ["EXCEEDED", "MET", "NOT_MET"] as const;
export const VALUE_KINDS = ["OFFICIAL", "ESTIMATE"] as const;
export const STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] as const;
export const CLAUSE_KINDS = ["ASSESSMENT", "VIEWPOINT", "GENERAL_GOAL"] as const;
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
