/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Filter for allAgencies. */
export type AgencyFilter = {
  code?: string | null | undefined;
  ids?: Array<string | number> | null | undefined;
  kind?: AgencyKind | null | undefined;
  parentId?: string | number | null | undefined;
  provinceId?: string | number | null | undefined;
  /** Search in code, name and short name. */
  q?: string | null | undefined;
  /** Agencies that existed on this date. */
  validOn?: string | null | undefined;
};

export const AgencyKind = {
  CentralBranch: 'CENTRAL_BRANCH',
  Commune: 'COMMUNE',
  Department: 'DEPARTMENT',
  District: 'DISTRICT',
  Other: 'OTHER',
  PartyBoard: 'PARTY_BOARD',
  Ward: 'WARD'
} as const;

export type AgencyKind = typeof AgencyKind[keyof typeof AgencyKind];
/** The fields allAgencies sorts by (its `sortField`). */
export const AgencySortField = {
  Code: 'code',
  Id: 'id',
  Kind: 'kind',
  Name: 'name',
  ShortName: 'shortName',
  ValidTo: 'validTo'
} as const;

export type AgencySortField = typeof AgencySortField[keyof typeof AgencySortField];
/** The fields allApiTokens sorts by (its `sortField`). */
export const ApiTokenSortField = {
  CreatedAt: 'createdAt',
  ExpiresAt: 'expiresAt',
  Id: 'id',
  LastUsedAt: 'lastUsedAt',
  Name: 'name'
} as const;

export type ApiTokenSortField = typeof ApiTokenSortField[keyof typeof ApiTokenSortField];
export const AssessedVerdict = {
  Exceeded: 'EXCEEDED',
  Met: 'MET',
  NotMet: 'NOT_MET'
} as const;

export type AssessedVerdict = typeof AssessedVerdict[keyof typeof AssessedVerdict];
/** Filter for allAssignments. */
export type AssignmentFilter = {
  /** Only current (true) or only ended (false). */
  active?: boolean | null | undefined;
  agencyId?: string | number | null | undefined;
  congressId?: string | number | null | undefined;
  frequency?: ReportingFrequency | null | undefined;
  ids?: Array<string | number> | null | undefined;
  indicatorId?: string | number | null | undefined;
  /** Search in the note. */
  q?: string | null | undefined;
  role?: AssignmentRole | null | undefined;
  /** Assignments of this target's indicators. */
  targetId?: string | number | null | undefined;
};

export const AssignmentRole = {
  Coordinate: 'COORDINATE',
  Lead: 'LEAD'
} as const;

export type AssignmentRole = typeof AssignmentRole[keyof typeof AssignmentRole];
/** The fields allAssignments sorts by (its `sortField`). */
export const AssignmentSortField = {
  AssignedAt: 'assignedAt',
  EndsOn: 'endsOn',
  Id: 'id',
  Role: 'role',
  StartsOn: 'startsOn'
} as const;

export type AssignmentSortField = typeof AssignmentSortField[keyof typeof AssignmentSortField];
/** The fields allAuditEvents sorts by (its `sortField`). */
export const AuditEventSortField = {
  Action: 'action',
  At: 'at',
  EntityType: 'entityType',
  Id: 'id'
} as const;

export type AuditEventSortField = typeof AuditEventSortField[keyof typeof AuditEventSortField];
export const CarryOutcome = {
  AlreadyAssigned: 'ALREADY_ASSIGNED',
  LeadTaken: 'LEAD_TAKEN',
  NoSuccessor: 'NO_SUCCESSOR',
  SameAgency: 'SAME_AGENCY',
  Successor: 'SUCCESSOR'
} as const;

export type CarryOutcome = typeof CarryOutcome[keyof typeof CarryOutcome];
export const ClauseKind = {
  Assessment: 'ASSESSMENT',
  GeneralGoal: 'GENERAL_GOAL',
  Viewpoint: 'VIEWPOINT'
} as const;

export type ClauseKind = typeof ClauseKind[keyof typeof ClauseKind];
export const Comparator = {
  AtLeast: 'AT_LEAST',
  AtMost: 'AT_MOST',
  Between: 'BETWEEN',
  LessThan: 'LESS_THAN'
} as const;

export type Comparator = typeof Comparator[keyof typeof Comparator];
/** The fields allCongresses sorts by (its `sortField`). */
export const CongressSortField = {
  CreatedAt: 'createdAt',
  HeldFrom: 'heldFrom',
  Id: 'id',
  Ordinal: 'ordinal',
  TermStartYear: 'termStartYear'
} as const;

export type CongressSortField = typeof CongressSortField[keyof typeof CongressSortField];
export const Direction = {
  HigherIsBetter: 'HIGHER_IS_BETTER',
  LowerIsBetter: 'LOWER_IS_BETTER',
  WithinRange: 'WITHIN_RANGE'
} as const;

export type Direction = typeof Direction[keyof typeof Direction];
/** One indicator of a confirmed draft, as the administrator corrected it. */
export type ImportIndicatorInput = {
  comparator: Comparator;
  direction: Direction;
  kind: IndicatorKind;
  name: string;
  /** The resolution's words it comes from (kept as its source phrase). */
  phrase: string;
  /** The previous term's indicator it continues (the proposal kept, or the reviewer's choice). */
  predecessorId?: string | number | null | undefined;
  targetMax?: string | null | undefined;
  targetMin?: string | null | undefined;
  unit: string;
};

/** One target of a confirmed draft. */
export type ImportTargetInput = {
  domain: TargetDomain;
  indicators: Array<ImportIndicatorInput>;
  number: number;
  /** Verbatim text of the target. */
  text: string;
  /** Short title; the first indicator's name when not given. */
  title?: string | null | undefined;
};

/** Filter for allIndicators. */
export type IndicatorFilter = {
  active?: boolean | null | undefined;
  /** Indicators actively assigned to this agency (any role). */
  agencyId?: string | number | null | undefined;
  code?: string | null | undefined;
  comparator?: Comparator | null | undefined;
  congressId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** Indicators of targets that serve this key task. */
  keyTaskId?: string | number | null | undefined;
  kind?: IndicatorKind | null | undefined;
  /** Indicators this agency actively leads. */
  leadAgencyId?: string | number | null | undefined;
  /** Search in code, names and source phrase. */
  q?: string | null | undefined;
  targetId?: string | number | null | undefined;
};

export const IndicatorKind = {
  AverageAnnualRate: 'AVERAGE_ANNUAL_RATE',
  EndOfTermLevel: 'END_OF_TERM_LEVEL',
  EveryYear: 'EVERY_YEAR',
  TermTotal: 'TERM_TOTAL'
} as const;

export type IndicatorKind = typeof IndicatorKind[keyof typeof IndicatorKind];
/** The fields allIndicators sorts by (its `sortField`). */
export const IndicatorSortField = {
  Code: 'code',
  CreatedAt: 'createdAt',
  Id: 'id',
  Kind: 'kind',
  Name: 'name',
  Position: 'position'
} as const;

export type IndicatorSortField = typeof IndicatorSortField[keyof typeof IndicatorSortField];
/** The fields allKeyTasks sorts by (its `sortField`). */
export const KeyTaskSortField = {
  CreatedAt: 'createdAt',
  Id: 'id',
  Ordinal: 'ordinal',
  Title: 'title'
} as const;

export type KeyTaskSortField = typeof KeyTaskSortField[keyof typeof KeyTaskSortField];
/** Filter for allMeasurements. */
export type MeasurementFilter = {
  agencyId?: string | number | null | undefined;
  congressId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  indicatorId?: string | number | null | undefined;
  period?: PeriodType | null | undefined;
  /** Search in source and note. */
  q?: string | null | undefined;
  status?: MeasurementStatus | null | undefined;
  targetId?: string | number | null | undefined;
  valueKind?: ValueKind | null | undefined;
  year?: number | null | undefined;
};

/** The fields allMeasurements sorts by (its `sortField`). */
export const MeasurementSortField = {
  Id: 'id',
  Period: 'period',
  ReviewedAt: 'reviewedAt',
  Status: 'status',
  SubmittedAt: 'submittedAt',
  UpdatedAt: 'updatedAt',
  Value: 'value',
  Year: 'year'
} as const;

export type MeasurementSortField = typeof MeasurementSortField[keyof typeof MeasurementSortField];
export const MeasurementStatus = {
  Approved: 'APPROVED',
  Draft: 'DRAFT',
  Returned: 'RETURNED',
  Submitted: 'SUBMITTED'
} as const;

export type MeasurementStatus = typeof MeasurementStatus[keyof typeof MeasurementStatus];
export const PeriodType = {
  H1: 'H1',
  Q1: 'Q1',
  Q2: 'Q2',
  Q3: 'Q3',
  Q4: 'Q4',
  Term: 'TERM',
  Year: 'YEAR'
} as const;

export type PeriodType = typeof PeriodType[keyof typeof PeriodType];
/** What a caller may do; roles map to sets of these (`me.permissions`). */
export const Permission = {
  ApproveMeasurement: 'ApproveMeasurement',
  AssessTarget: 'AssessTarget',
  AssignTarget: 'AssignTarget',
  Authenticated: 'Authenticated',
  ManageAgency: 'ManageAgency',
  ManageAnyApiToken: 'ManageAnyApiToken',
  ManageCongress: 'ManageCongress',
  ManageOwnApiToken: 'ManageOwnApiToken',
  ManageReminders: 'ManageReminders',
  ManageUser: 'ManageUser',
  ReadAnyMeasurement: 'ReadAnyMeasurement',
  ReadAuditEvent: 'ReadAuditEvent',
  ReadOwnAgencyMeasurement: 'ReadOwnAgencyMeasurement',
  ReadPublic: 'ReadPublic',
  ReadUser: 'ReadUser',
  ReopenMeasurement: 'ReopenMeasurement',
  ReviewAnyAgency: 'ReviewAnyAgency',
  SaveMeasurement: 'SaveMeasurement',
  SubmitMeasurement: 'SubmitMeasurement'
} as const;

export type Permission = typeof Permission[keyof typeof Permission];
/** DUE_SOON (sắp đến hạn), LATE (quá hạn), DIGEST (số liệu chờ duyệt), REOPENED (số liệu đã duyệt bị mở lại), RETURNED (số liệu bị trả lại). */
export const ReminderKind = {
  Digest: 'DIGEST',
  DueSoon: 'DUE_SOON',
  Late: 'LATE',
  Reopened: 'REOPENED',
  Returned: 'RETURNED'
} as const;

export type ReminderKind = typeof ReminderKind[keyof typeof ReminderKind];
/** The fields allReminders sorts by (its `sortField`). */
export const ReminderSortField = {
  CreatedAt: 'createdAt',
  Day: 'day',
  Id: 'id',
  Kind: 'kind',
  SentAt: 'sentAt',
  Status: 'status'
} as const;

export type ReminderSortField = typeof ReminderSortField[keyof typeof ReminderSortField];
export const ReportingFrequency = {
  HalfYearly: 'HALF_YEARLY',
  Quarterly: 'QUARTERLY',
  Yearly: 'YEARLY'
} as const;

export type ReportingFrequency = typeof ReportingFrequency[keyof typeof ReportingFrequency];
export const Role = {
  Admin: 'ADMIN',
  AgencyHead: 'AGENCY_HEAD',
  Reporter: 'REPORTER',
  Viewer: 'VIEWER'
} as const;

export type Role = typeof Role[keyof typeof Role];
export const TargetDomain = {
  Economy: 'ECONOMY',
  Environment: 'ENVIRONMENT',
  PartyBuilding: 'PARTY_BUILDING',
  Security: 'SECURITY',
  Society: 'SOCIETY'
} as const;

export type TargetDomain = typeof TargetDomain[keyof typeof TargetDomain];
/** Filter for allTargets. */
export type TargetFilter = {
  /** Targets with an indicator actively assigned to this agency. */
  agencyId?: string | number | null | undefined;
  congressId?: string | number | null | undefined;
  domain?: TargetDomain | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** Targets that serve this key task. */
  keyTaskId?: string | number | null | undefined;
  number?: number | null | undefined;
  /** Search in title and verbatim text. */
  q?: string | null | undefined;
};

/** The fields allTargets sorts by (its `sortField`). */
export const TargetSortField = {
  CreatedAt: 'createdAt',
  Domain: 'domain',
  Id: 'id',
  Number: 'number',
  Title: 'title'
} as const;

export type TargetSortField = typeof TargetSortField[keyof typeof TargetSortField];
/** During the term: đúng tiến độ (ON_TRACK), có nguy cơ (AT_RISK), chậm tiến độ (OFF_TRACK). */
export const TrackStatus = {
  AtRisk: 'AT_RISK',
  OffTrack: 'OFF_TRACK',
  OnTrack: 'ON_TRACK'
} as const;

export type TrackStatus = typeof TrackStatus[keyof typeof TrackStatus];
export const UnitKind = {
  Amount: 'AMOUNT',
  ChangeRate: 'CHANGE_RATE',
  Count: 'COUNT',
  Percent: 'PERCENT'
} as const;

export type UnitKind = typeof UnitKind[keyof typeof UnitKind];
/** The fields allUsers sorts by (its `sortField`). */
export const UserSortField = {
  CreatedAt: 'createdAt',
  Email: 'email',
  Id: 'id',
  LastLoginAt: 'lastLoginAt',
  Name: 'name',
  Role: 'role'
} as const;

export type UserSortField = typeof UserSortField[keyof typeof UserSortField];
export const ValueKind = {
  Estimate: 'ESTIMATE',
  Official: 'OFFICIAL'
} as const;

export type ValueKind = typeof ValueKind[keyof typeof ValueKind];
/** Vượt (EXCEEDED), Đạt (MET), Không đạt (NOT_MET), Chưa có số liệu (NO_DATA). */
export const Verdict = {
  Exceeded: 'EXCEEDED',
  Met: 'MET',
  NotMet: 'NOT_MET',
  NoData: 'NO_DATA'
} as const;

export type Verdict = typeof Verdict[keyof typeof Verdict];
export type HierarchyQueryVariables = Exact<{
  id: string | number;
}>;


export type HierarchyQuery = { Agency: { parent: { id: string, shortName: string } | null, children: Array<{ id: string, shortName: string }>, successor: { id: string, shortName: string } | null, predecessors: Array<{ id: string, shortName: string, validTo: string | null }> } };

export type WorkflowRowFragment = { id: string, status: MeasurementStatus, version: number, submittedById: string | null, reviewNote: string | null, updatedAt: string };

export type SubmitMeasurementMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SubmitMeasurementMutation = { submitMeasurement: { id: string, status: MeasurementStatus, version: number, submittedById: string | null, reviewNote: string | null, updatedAt: string } };

export type ApproveMeasurementMutationVariables = Exact<{
  id: string | number;
  version: number;
  text?: string | null | undefined;
}>;


export type ApproveMeasurementMutation = { approveMeasurement: { id: string, status: MeasurementStatus, version: number, submittedById: string | null, reviewNote: string | null, updatedAt: string } };

export type ReturnMeasurementMutationVariables = Exact<{
  id: string | number;
  version: number;
  text: string;
}>;


export type ReturnMeasurementMutation = { returnMeasurement: { id: string, status: MeasurementStatus, version: number, submittedById: string | null, reviewNote: string | null, updatedAt: string } };

export type ReopenMeasurementMutationVariables = Exact<{
  id: string | number;
  version: number;
  text: string;
}>;


export type ReopenMeasurementMutation = { reopenMeasurement: { id: string, status: MeasurementStatus, version: number, submittedById: string | null, reviewNote: string | null, updatedAt: string } };

export type AssignTargetMutationVariables = Exact<{
  targetId?: string | number | null | undefined;
  indicatorId?: string | number | null | undefined;
  agencyId: string | number;
  role: AssignmentRole;
  frequency?: ReportingFrequency | null | undefined;
  dueDaysAfterPeriod?: number | null | undefined;
  note?: string | null | undefined;
  startsOn?: string | null | undefined;
}>;


export type AssignTargetMutation = { assignTarget: Array<{ id: string }> };

export type EndAssignmentMutationVariables = Exact<{
  id: string | number;
  endsOn?: string | null | undefined;
}>;


export type EndAssignmentMutation = { updateAssignment: { id: string } };

export type CreateApiTokenMutationVariables = Exact<{
  name: string;
  scopes: Array<string> | string;
  expiresAt?: string | null | undefined;
  userId?: string | number | null | undefined;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string, apiToken: { id: string, prefix: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, revokedAt: string | null } };

export type MatrixTargetsQueryVariables = Exact<{
  filter?: TargetFilter | null | undefined;
  page?: number | null | undefined;
}>;


export type MatrixTargetsQuery = { rows: Array<{ id: string, number: number, title: string, titleEn: string, indicators: Array<{ id: string, code: string, name: string, active: boolean }> }> };

export type MatrixAssignmentsQueryVariables = Exact<{
  filter?: AssignmentFilter | null | undefined;
  page?: number | null | undefined;
}>;


export type MatrixAssignmentsQuery = { rows: Array<{ id: string, indicatorId: string, agencyId: string, role: AssignmentRole, startsOn: string, frequency: ReportingFrequency, dueDaysAfterPeriod: number, endsOn: string | null }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { permissions: Array<Permission>, user: { id: string, email: string, name: string, role: Role, agencyId: string | null, agency: { name: string, shortName: string } | null } }, measurementWorkflow: Array<{ name: string, from: Array<MeasurementStatus>, permission: Permission, review: boolean }>, allCongresses: Array<{ id: string, ordinal: number, partyCommittee: string, termStartYear: number, termEndYear: number, targets: Array<{ id: string }> }>, bellItems: Array<{ id: string, kind: ReminderKind, subject: string, link: string, day: string, readAt: string | null }>, bellUnread: { count: number } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { expiresAt: string, user: { id: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type HistoryEntryFragment = { id: string, action: string, actorLabel: string, actorName: string, reason: string | null, at: string, before: unknown, after: unknown };

export type AgencyHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type AgencyHistoryQuery = { record: { history: Array<{ id: string, action: string, actorLabel: string, actorName: string, reason: string | null, at: string, before: unknown, after: unknown }> } };

export type AssignmentHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type AssignmentHistoryQuery = { record: { history: Array<{ id: string, action: string, actorLabel: string, actorName: string, reason: string | null, at: string, before: unknown, after: unknown }> } };

export type CongressHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type CongressHistoryQuery = { record: { history: Array<{ id: string, action: string, actorLabel: string, actorName: string, reason: string | null, at: string, before: unknown, after: unknown }> } };

export type IndicatorHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type IndicatorHistoryQuery = { record: { history: Array<{ id: string, action: string, actorLabel: string, actorName: string, reason: string | null, at: string, before: unknown, after: unknown }> } };

export type KeyTaskHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type KeyTaskHistoryQuery = { record: { history: Array<{ id: string, action: string, actorLabel: string, actorName: string, reason: string | null, at: string, before: unknown, after: unknown }> } };

export type MeasurementHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type MeasurementHistoryQuery = { record: { history: Array<{ id: string, action: string, actorLabel: string, actorName: string, reason: string | null, at: string, before: unknown, after: unknown }> } };

export type TargetHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type TargetHistoryQuery = { record: { history: Array<{ id: string, action: string, actorLabel: string, actorName: string, reason: string | null, at: string, before: unknown, after: unknown }> } };

export type CurrentAgenciesQueryVariables = Exact<{
  filter?: AgencyFilter | null | undefined;
  page?: number | null | undefined;
}>;


export type CurrentAgenciesQuery = { rows: Array<{ id: string, code: string, shortName: string, name: string, kind: AgencyKind }> };

export type CongressCandidatesFragment = { allCongresses: Array<{ id: string, ordinal: number, partyCommittee: string, termStartYear: number, termEndYear: number, targets: Array<{ id: string }> }> };

export type IndicatorGoalFragment = { unit: string, unitKind: UnitKind, kind: IndicatorKind, comparator: Comparator, targetMin: string | null, targetMax: string | null };

export type SortFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type SortFieldsQuery = { Agency: Array<AgencySortField>, ApiToken: Array<ApiTokenSortField>, Assignment: Array<AssignmentSortField>, AuditEvent: Array<AuditEventSortField>, Congress: Array<CongressSortField>, Indicator: Array<IndicatorSortField>, KeyTask: Array<KeyTaskSortField>, Measurement: Array<MeasurementSortField>, Reminder: Array<ReminderSortField>, Target: Array<TargetSortField>, User: Array<UserSortField> };

export type CurrentCongressQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentCongressQuery = { allCongresses: Array<{ id: string, ordinal: number, partyCommittee: string, termStartYear: number, termEndYear: number, targets: Array<{ id: string }> }> };

export type CarryPreviewQueryVariables = Exact<{
  c: string | number;
  p: string | number;
}>;


export type CarryPreviewQuery = { assignmentCarryForward: { toCreate: number, skipped: number, fingerprint: string, rows: Array<{ indicatorId: string, indicatorCode: string, indicatorName: string, predecessorCode: string, fromAssignmentId: string, fromAgencyName: string, toAgencyName: string | null, role: AssignmentRole, outcome: CarryOutcome, willCreate: boolean }> } };

export type CarryAssignmentsForwardMutationVariables = Exact<{
  c: string | number;
  p: string | number;
  f: string;
}>;


export type CarryAssignmentsForwardMutation = { carryAssignmentsForward: { batchId: string | null, created: Array<{ id: string }> } };

export type CarryForwardCongressesQueryVariables = Exact<{ [key: string]: never; }>;


export type CarryForwardCongressesQuery = { allCongresses: Array<{ id: string, ordinal: number, provinceId: string, termStartYear: number, termEndYear: number }> };

export type ParseResolutionTargetsQueryVariables = Exact<{
  text: string;
  year: number;
  c?: string | number | null | undefined;
}>;


export type ParseResolutionTargetsQuery = { parseResolutionTargets: { targets: Array<{ number: number, text: string, problems: Array<string>, indicators: Array<{ phrase: string, name: string, kind: IndicatorKind, comparator: Comparator, targetMin: string | null, targetMax: string | null, unit: string, targetYear: number, direction: Direction, problems: Array<string>, proposedPredecessor: { id: string } | null }> }> } };

export type ImportResolutionTargetsMutationVariables = Exact<{
  c: string | number;
  t: Array<ImportTargetInput> | ImportTargetInput;
}>;


export type ImportResolutionTargetsMutation = { importResolutionTargets: { createdTargets: number, createdIndicators: number, skippedTargets: number } };

export type ExistingTargetsQueryVariables = Exact<{
  c?: string | number | null | undefined;
}>;


export type ExistingTargetsQuery = { allTargets: Array<{ number: number, text: string }> };

export type PreviousTermQueryVariables = Exact<{
  c: string | number;
}>;


export type PreviousTermQuery = { Congress: { ordinal: number, provinceId: string }, allCongresses: Array<{ id: string, ordinal: number, provinceId: string }> };

export type PreviousIndicatorsQueryVariables = Exact<{
  c?: string | number | null | undefined;
}>;


export type PreviousIndicatorsQuery = { allIndicators: Array<{ id: string, code: string, name: string, unit: string }> };

export type CongressResolutionQueryVariables = Exact<{
  id: string | number;
}>;


export type CongressResolutionQuery = { Congress: { resolution: { id: string, title: string, adoptedOn: string, sourceTitle: string, directiveNumber: string | null, directiveDate: string | null, clauses: Array<{ id: string, kind: ClauseKind, position: number, text: string }> } | null } };

export type LastApprovedYearQueryVariables = Exact<{
  c?: string | number | null | undefined;
}>;


export type LastApprovedYearQuery = { allMeasurements: Array<{ year: number }> };

export type CompletenessAssignmentsQueryVariables = Exact<{
  filter?: AssignmentFilter | null | undefined;
  page?: number | null | undefined;
}>;


export type CompletenessAssignmentsQuery = { rows: Array<{ agencyId: string, agency: { shortName: string } }> };

export type DashboardQueryVariables = Exact<{
  congressId: string | number;
}>;


export type DashboardQuery = { progressSummary: { sentence: string, asOf: string, total: number, exceeded: number, met: number, notMet: number, noData: number, atRisk: number, offTrack: number, targets: Array<{ assessmentDiffers: boolean, progress: { verdict: Verdict, status: TrackStatus | null, reason: string, reasonEn: string, decidedBy: Array<string>, methodologyNotes: Array<string>, met: number, total: number }, assessment: { verdict: AssessedVerdict, document: string, documentDate: string } | null, target: { id: string, number: number, title: string, titleEn: string, domain: TargetDomain, indicators: Array<{ id: string, code: string, name: string, nameEn: string, active: boolean, unit: string, unitKind: UnitKind, kind: IndicatorKind, comparator: Comparator, targetMin: string | null, targetMax: string | null, progress: { verdict: Verdict, status: TrackStatus | null, reason: string, reasonEn: string, valueSoFar: number | null }, measurements: Array<{ year: number, period: PeriodType, value: string, valueKind: ValueKind, status: MeasurementStatus }> }> } }> } };

export type MissingReportsQueryVariables = Exact<{
  congressId: string | number;
  year: number;
  agencyId?: string | number | null | undefined;
}>;


export type MissingReportsQuery = { reportingCompleteness: Array<{ year: number, period: string, state: string, dueOn: string, daysLate: number, agency: { id: string, shortName: string }, assignment: { id: string, role: AssignmentRole }, indicator: { id: string, code: string, name: string, nameEn: string }, measurement: { id: string, reviewNote: string | null, lastReturn: { reason: string | null } | null } | null }> };

export type SeriesAcrossTermsQueryVariables = Exact<{
  id: string | number;
}>;


export type SeriesAcrossTermsQuery = { Indicator: { unit: string, baseline: { year: number, value: string, fromIndicatorId: string | null } | null, seriesAcrossTerms: Array<{ indicatorId: string, code: string, termStartYear: number, termEndYear: number, points: Array<{ year: number, value: string }> }> } };

export type OwnApiTokenCountQueryVariables = Exact<{ [key: string]: never; }>;


export type OwnApiTokenCountQuery = { _allApiTokensMeta: { count: number } };

export type IndicatorDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type IndicatorDetailQuery = { Indicator: { id: string, code: string, name: string, sourcePhrase: string, unit: string, unitKind: UnitKind, kind: IndicatorKind, comparator: Comparator, targetMin: string | null, targetMax: string | null, target: { number: number, title: string }, measurements: Array<{ id: string, year: number, period: PeriodType, value: string, valueKind: ValueKind, status: MeasurementStatus, agencyId: string }> } };

export type BellFragment = { bellItems: Array<{ id: string, kind: ReminderKind, subject: string, link: string, day: string, readAt: string | null }>, bellUnread: { count: number } };

export type BellItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type BellItemsQuery = { bellItems: Array<{ id: string, kind: ReminderKind, subject: string, link: string, day: string, readAt: string | null }>, bellUnread: { count: number } };

export type MarkRemindersReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkRemindersReadMutation = { markRemindersRead: Array<{ id: string }> };

export type MyReminderSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReminderSettingsQuery = { myReminderSettings: Array<{ kind: ReminderKind, enabled: boolean }> };

export type SetReminderSettingMutationVariables = Exact<{
  kind: ReminderKind;
  enabled: boolean;
}>;


export type SetReminderSettingMutation = { setReminderSetting: Array<{ kind: ReminderKind, enabled: boolean }> };

export type ReportingIndicatorsQueryVariables = Exact<{
  filter?: IndicatorFilter | null | undefined;
  page?: number | null | undefined;
}>;


export type ReportingIndicatorsQuery = { rows: Array<{ id: string, code: string, name: string, unit: string, unitKind: UnitKind, kind: IndicatorKind, comparator: Comparator, targetMin: string | null, targetMax: string | null, assignments: Array<{ agencyId: string, role: AssignmentRole, frequency: ReportingFrequency, dueDaysAfterPeriod: number }> }> };

export type ReportingFiguresQueryVariables = Exact<{
  filter?: MeasurementFilter | null | undefined;
  page?: number | null | undefined;
}>;


export type ReportingFiguresQuery = { rows: Array<{ id: string, indicatorId: string, year: number, period: PeriodType, value: string, status: MeasurementStatus, version: number, valueKind: ValueKind, reviewNote: string | null, updatedAt: string }> };

export type TargetAssessmentQueryVariables = Exact<{
  id: string | number;
}>;


export type TargetAssessmentQuery = { Target: { progress: { verdict: Verdict, reason: string, reasonEn: string, decidedBy: Array<string>, methodologyNotes: Array<string>, total: number }, assessments: Array<{ id: string, verdict: AssessedVerdict, reason: string, document: string, documentDate: string }> } };

export type AssessTargetMutationVariables = Exact<{
  t: string | number;
  v: AssessedVerdict;
  r: string;
  d: string;
  dd: string;
}>;


export type AssessTargetMutation = { assessTarget: { id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const WorkflowRowFragmentDoc = new TypedDocumentString(`
    fragment WorkflowRow on Measurement {
  id
  status
  version
  submittedById
  reviewNote
  updatedAt
}
    `, {"fragmentName":"WorkflowRow"}) as unknown as TypedDocumentString<WorkflowRowFragment, unknown>;
export const HistoryEntryFragmentDoc = new TypedDocumentString(`
    fragment HistoryEntry on AuditEvent {
  id
  action
  actorLabel
  actorName
  reason
  at
  before
  after
}
    `, {"fragmentName":"HistoryEntry"}) as unknown as TypedDocumentString<HistoryEntryFragment, unknown>;
export const CongressCandidatesFragmentDoc = new TypedDocumentString(`
    fragment CongressCandidates on Query {
  allCongresses(perPage: 10, sortField: "heldFrom", sortOrder: "DESC") {
    id
    ordinal
    partyCommittee
    termStartYear
    termEndYear
    targets {
      id
    }
  }
}
    `, {"fragmentName":"CongressCandidates"}) as unknown as TypedDocumentString<CongressCandidatesFragment, unknown>;
export const IndicatorGoalFragmentDoc = new TypedDocumentString(`
    fragment IndicatorGoal on Indicator {
  unit
  unitKind
  kind
  comparator
  targetMin
  targetMax
}
    `, {"fragmentName":"IndicatorGoal"}) as unknown as TypedDocumentString<IndicatorGoalFragment, unknown>;
export const BellFragmentDoc = new TypedDocumentString(`
    fragment Bell on Query {
  bellItems: allReminders(
    perPage: 10
    sortField: "createdAt"
    sortOrder: "DESC"
    filter: {mine: true}
  ) {
    id
    kind
    subject
    link
    day
    readAt
  }
  bellUnread: _allRemindersMeta(filter: {mine: true, unread: true}) {
    count
  }
}
    `, {"fragmentName":"Bell"}) as unknown as TypedDocumentString<BellFragment, unknown>;
export const HierarchyDocument = new TypedDocumentString(`
    query Hierarchy($id: ID!) {
  Agency(id: $id) {
    parent {
      id
      shortName
    }
    children {
      id
      shortName
    }
    successor {
      id
      shortName
    }
    predecessors {
      id
      shortName
      validTo
    }
  }
}
    `) as unknown as TypedDocumentString<HierarchyQuery, HierarchyQueryVariables>;
export const SubmitMeasurementDocument = new TypedDocumentString(`
    mutation SubmitMeasurement($id: ID!, $version: Int!) {
  submitMeasurement(id: $id, version: $version) {
    ...WorkflowRow
  }
}
    fragment WorkflowRow on Measurement {
  id
  status
  version
  submittedById
  reviewNote
  updatedAt
}`) as unknown as TypedDocumentString<SubmitMeasurementMutation, SubmitMeasurementMutationVariables>;
export const ApproveMeasurementDocument = new TypedDocumentString(`
    mutation ApproveMeasurement($id: ID!, $version: Int!, $text: String) {
  approveMeasurement(id: $id, version: $version, note: $text) {
    ...WorkflowRow
  }
}
    fragment WorkflowRow on Measurement {
  id
  status
  version
  submittedById
  reviewNote
  updatedAt
}`) as unknown as TypedDocumentString<ApproveMeasurementMutation, ApproveMeasurementMutationVariables>;
export const ReturnMeasurementDocument = new TypedDocumentString(`
    mutation ReturnMeasurement($id: ID!, $version: Int!, $text: String!) {
  returnMeasurement(id: $id, version: $version, reason: $text) {
    ...WorkflowRow
  }
}
    fragment WorkflowRow on Measurement {
  id
  status
  version
  submittedById
  reviewNote
  updatedAt
}`) as unknown as TypedDocumentString<ReturnMeasurementMutation, ReturnMeasurementMutationVariables>;
export const ReopenMeasurementDocument = new TypedDocumentString(`
    mutation ReopenMeasurement($id: ID!, $version: Int!, $text: String!) {
  reopenMeasurement(id: $id, version: $version, reason: $text) {
    ...WorkflowRow
  }
}
    fragment WorkflowRow on Measurement {
  id
  status
  version
  submittedById
  reviewNote
  updatedAt
}`) as unknown as TypedDocumentString<ReopenMeasurementMutation, ReopenMeasurementMutationVariables>;
export const AssignTargetDocument = new TypedDocumentString(`
    mutation AssignTarget($targetId: ID, $indicatorId: ID, $agencyId: ID!, $role: AssignmentRole!, $frequency: ReportingFrequency, $dueDaysAfterPeriod: Int, $note: String, $startsOn: LocalDate) {
  assignTarget(
    targetId: $targetId
    indicatorId: $indicatorId
    agencyId: $agencyId
    role: $role
    frequency: $frequency
    dueDaysAfterPeriod: $dueDaysAfterPeriod
    note: $note
    startsOn: $startsOn
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssignTargetMutation, AssignTargetMutationVariables>;
export const EndAssignmentDocument = new TypedDocumentString(`
    mutation EndAssignment($id: ID!, $endsOn: LocalDate) {
  updateAssignment(id: $id, endsOn: $endsOn) {
    id
  }
}
    `) as unknown as TypedDocumentString<EndAssignmentMutation, EndAssignmentMutationVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($name: String!, $scopes: [String!]!, $expiresAt: DateTimeISO, $userId: ID) {
  createApiToken(
    name: $name
    scopes: $scopes
    expiresAt: $expiresAt
    userId: $userId
  ) {
    token
    apiToken {
      id
      prefix
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const MatrixTargetsDocument = new TypedDocumentString(`
    query MatrixTargets($filter: TargetFilter, $page: Int) {
  rows: allTargets(
    filter: $filter
    page: $page
    perPage: 100
    sortField: "number"
  ) {
    id
    number
    title
    titleEn
    indicators {
      id
      code
      name
      active
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixTargetsQuery, MatrixTargetsQueryVariables>;
export const MatrixAssignmentsDocument = new TypedDocumentString(`
    query MatrixAssignments($filter: AssignmentFilter, $page: Int) {
  rows: allAssignments(filter: $filter, page: $page, perPage: 100) {
    id
    indicatorId
    agencyId
    role
    startsOn
    frequency
    dueDaysAfterPeriod
    endsOn
  }
}
    `) as unknown as TypedDocumentString<MatrixAssignmentsQuery, MatrixAssignmentsQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    user {
      id
      email
      name
      role
      agencyId
      agency {
        name
        shortName
      }
    }
    permissions
  }
  measurementWorkflow {
    name
    from
    permission
    review
  }
  ...CongressCandidates
  ...Bell
}
    fragment CongressCandidates on Query {
  allCongresses(perPage: 10, sortField: "heldFrom", sortOrder: "DESC") {
    id
    ordinal
    partyCommittee
    termStartYear
    termEndYear
    targets {
      id
    }
  }
}
fragment Bell on Query {
  bellItems: allReminders(
    perPage: 10
    sortField: "createdAt"
    sortOrder: "DESC"
    filter: {mine: true}
  ) {
    id
    kind
    subject
    link
    day
    readAt
  }
  bellUnread: _allRemindersMeta(filter: {mine: true, unread: true}) {
    count
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    expiresAt
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const AgencyHistoryDocument = new TypedDocumentString(`
    query AgencyHistory($id: ID!) {
  record: Agency(id: $id) {
    history {
      ...HistoryEntry
    }
  }
}
    fragment HistoryEntry on AuditEvent {
  id
  action
  actorLabel
  actorName
  reason
  at
  before
  after
}`) as unknown as TypedDocumentString<AgencyHistoryQuery, AgencyHistoryQueryVariables>;
export const AssignmentHistoryDocument = new TypedDocumentString(`
    query AssignmentHistory($id: ID!) {
  record: Assignment(id: $id) {
    history {
      ...HistoryEntry
    }
  }
}
    fragment HistoryEntry on AuditEvent {
  id
  action
  actorLabel
  actorName
  reason
  at
  before
  after
}`) as unknown as TypedDocumentString<AssignmentHistoryQuery, AssignmentHistoryQueryVariables>;
export const CongressHistoryDocument = new TypedDocumentString(`
    query CongressHistory($id: ID!) {
  record: Congress(id: $id) {
    history {
      ...HistoryEntry
    }
  }
}
    fragment HistoryEntry on AuditEvent {
  id
  action
  actorLabel
  actorName
  reason
  at
  before
  after
}`) as unknown as TypedDocumentString<CongressHistoryQuery, CongressHistoryQueryVariables>;
export const IndicatorHistoryDocument = new TypedDocumentString(`
    query IndicatorHistory($id: ID!) {
  record: Indicator(id: $id) {
    history {
      ...HistoryEntry
    }
  }
}
    fragment HistoryEntry on AuditEvent {
  id
  action
  actorLabel
  actorName
  reason
  at
  before
  after
}`) as unknown as TypedDocumentString<IndicatorHistoryQuery, IndicatorHistoryQueryVariables>;
export const KeyTaskHistoryDocument = new TypedDocumentString(`
    query KeyTaskHistory($id: ID!) {
  record: KeyTask(id: $id) {
    history {
      ...HistoryEntry
    }
  }
}
    fragment HistoryEntry on AuditEvent {
  id
  action
  actorLabel
  actorName
  reason
  at
  before
  after
}`) as unknown as TypedDocumentString<KeyTaskHistoryQuery, KeyTaskHistoryQueryVariables>;
export const MeasurementHistoryDocument = new TypedDocumentString(`
    query MeasurementHistory($id: ID!) {
  record: Measurement(id: $id) {
    history {
      ...HistoryEntry
    }
  }
}
    fragment HistoryEntry on AuditEvent {
  id
  action
  actorLabel
  actorName
  reason
  at
  before
  after
}`) as unknown as TypedDocumentString<MeasurementHistoryQuery, MeasurementHistoryQueryVariables>;
export const TargetHistoryDocument = new TypedDocumentString(`
    query TargetHistory($id: ID!) {
  record: Target(id: $id) {
    history {
      ...HistoryEntry
    }
  }
}
    fragment HistoryEntry on AuditEvent {
  id
  action
  actorLabel
  actorName
  reason
  at
  before
  after
}`) as unknown as TypedDocumentString<TargetHistoryQuery, TargetHistoryQueryVariables>;
export const CurrentAgenciesDocument = new TypedDocumentString(`
    query CurrentAgencies($filter: AgencyFilter, $page: Int) {
  rows: allAgencies(
    filter: $filter
    page: $page
    perPage: 100
    sortField: "shortName"
  ) {
    id
    code
    shortName
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<CurrentAgenciesQuery, CurrentAgenciesQueryVariables>;
export const SortFieldsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<SortFieldsQuery, SortFieldsQueryVariables>;
export const CurrentCongressDocument = new TypedDocumentString(`
    query CurrentCongress {
  ...CongressCandidates
}
    fragment CongressCandidates on Query {
  allCongresses(perPage: 10, sortField: "heldFrom", sortOrder: "DESC") {
    id
    ordinal
    partyCommittee
    termStartYear
    termEndYear
    targets {
      id
    }
  }
}`) as unknown as TypedDocumentString<CurrentCongressQuery, CurrentCongressQueryVariables>;
export const CarryPreviewDocument = new TypedDocumentString(`
    query CarryPreview($c: ID!, $p: ID!) {
  assignmentCarryForward(congressId: $c, previousCongressId: $p) {
    toCreate
    skipped
    fingerprint
    rows {
      indicatorId
      indicatorCode
      indicatorName
      predecessorCode
      fromAssignmentId
      fromAgencyName
      toAgencyName
      role
      outcome
      willCreate
    }
  }
}
    `) as unknown as TypedDocumentString<CarryPreviewQuery, CarryPreviewQueryVariables>;
export const CarryAssignmentsForwardDocument = new TypedDocumentString(`
    mutation CarryAssignmentsForward($c: ID!, $p: ID!, $f: String!) {
  carryAssignmentsForward(congressId: $c, previousCongressId: $p, fingerprint: $f) {
    batchId
    created {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CarryAssignmentsForwardMutation, CarryAssignmentsForwardMutationVariables>;
export const CarryForwardCongressesDocument = new TypedDocumentString(`
    query CarryForwardCongresses {
  allCongresses(perPage: 50, sortField: "ordinal", sortOrder: "DESC") {
    id
    ordinal
    provinceId
    termStartYear
    termEndYear
  }
}
    `) as unknown as TypedDocumentString<CarryForwardCongressesQuery, CarryForwardCongressesQueryVariables>;
export const ParseResolutionTargetsDocument = new TypedDocumentString(`
    query ParseResolutionTargets($text: String!, $year: Int!, $c: ID) {
  parseResolutionTargets(text: $text, termEndYear: $year, congressId: $c) {
    targets {
      number
      text
      problems
      indicators {
        phrase
        name
        kind
        comparator
        targetMin
        targetMax
        unit
        targetYear
        direction
        problems
        proposedPredecessor {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ParseResolutionTargetsQuery, ParseResolutionTargetsQueryVariables>;
export const ImportResolutionTargetsDocument = new TypedDocumentString(`
    mutation ImportResolutionTargets($c: ID!, $t: [ImportTargetInput!]!) {
  importResolutionTargets(congressId: $c, targets: $t) {
    createdTargets
    createdIndicators
    skippedTargets
  }
}
    `) as unknown as TypedDocumentString<ImportResolutionTargetsMutation, ImportResolutionTargetsMutationVariables>;
export const ExistingTargetsDocument = new TypedDocumentString(`
    query ExistingTargets($c: ID) {
  allTargets(filter: {congressId: $c}, perPage: 100) {
    number
    text
  }
}
    `) as unknown as TypedDocumentString<ExistingTargetsQuery, ExistingTargetsQueryVariables>;
export const PreviousTermDocument = new TypedDocumentString(`
    query PreviousTerm($c: ID!) {
  Congress(id: $c) {
    ordinal
    provinceId
  }
  allCongresses(perPage: 50) {
    id
    ordinal
    provinceId
  }
}
    `) as unknown as TypedDocumentString<PreviousTermQuery, PreviousTermQueryVariables>;
export const PreviousIndicatorsDocument = new TypedDocumentString(`
    query PreviousIndicators($c: ID) {
  allIndicators(filter: {congressId: $c, active: true}, perPage: 100) {
    id
    code
    name
    unit
  }
}
    `) as unknown as TypedDocumentString<PreviousIndicatorsQuery, PreviousIndicatorsQueryVariables>;
export const CongressResolutionDocument = new TypedDocumentString(`
    query CongressResolution($id: ID!) {
  Congress(id: $id) {
    resolution {
      id
      title
      adoptedOn
      sourceTitle
      directiveNumber
      directiveDate
      clauses {
        id
        kind
        position
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CongressResolutionQuery, CongressResolutionQueryVariables>;
export const LastApprovedYearDocument = new TypedDocumentString(`
    query LastApprovedYear($c: ID) {
  allMeasurements(
    perPage: 1
    sortField: "year"
    sortOrder: "DESC"
    filter: {congressId: $c, status: APPROVED}
  ) {
    year
  }
}
    `) as unknown as TypedDocumentString<LastApprovedYearQuery, LastApprovedYearQueryVariables>;
export const CompletenessAssignmentsDocument = new TypedDocumentString(`
    query CompletenessAssignments($filter: AssignmentFilter, $page: Int) {
  rows: allAssignments(filter: $filter, page: $page, perPage: 100) {
    agencyId
    agency {
      shortName
    }
  }
}
    `) as unknown as TypedDocumentString<CompletenessAssignmentsQuery, CompletenessAssignmentsQueryVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard($congressId: ID!) {
  progressSummary(congressId: $congressId) {
    sentence
    asOf
    total
    exceeded
    met
    notMet
    noData
    atRisk
    offTrack
    targets {
      progress {
        verdict
        status
        reason
        reasonEn
        decidedBy
        methodologyNotes
        met
        total
      }
      assessment {
        verdict
        document
        documentDate
      }
      assessmentDiffers
      target {
        id
        number
        title
        titleEn
        domain
        indicators {
          id
          code
          name
          nameEn
          ...IndicatorGoal
          active
          progress {
            verdict
            status
            reason
            reasonEn
            valueSoFar
          }
          measurements(status: APPROVED, period: YEAR) {
            year
            period
            value
            valueKind
            status
          }
        }
      }
    }
  }
}
    fragment IndicatorGoal on Indicator {
  unit
  unitKind
  kind
  comparator
  targetMin
  targetMax
}`) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const MissingReportsDocument = new TypedDocumentString(`
    query MissingReports($congressId: ID!, $year: Int!, $agencyId: ID) {
  reportingCompleteness(congressId: $congressId, year: $year, agencyId: $agencyId) {
    agency {
      id
      shortName
    }
    assignment {
      id
      role
    }
    indicator {
      id
      code
      name
      nameEn
    }
    year
    period
    state
    dueOn
    daysLate
    measurement {
      id
      reviewNote
      lastReturn {
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MissingReportsQuery, MissingReportsQueryVariables>;
export const SeriesAcrossTermsDocument = new TypedDocumentString(`
    query SeriesAcrossTerms($id: ID!) {
  Indicator(id: $id) {
    unit
    baseline {
      year
      value
      fromIndicatorId
    }
    seriesAcrossTerms {
      indicatorId
      code
      termStartYear
      termEndYear
      points {
        year
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeriesAcrossTermsQuery, SeriesAcrossTermsQueryVariables>;
export const OwnApiTokenCountDocument = new TypedDocumentString(`
    query OwnApiTokenCount {
  _allApiTokensMeta {
    count
  }
}
    `) as unknown as TypedDocumentString<OwnApiTokenCountQuery, OwnApiTokenCountQueryVariables>;
export const IndicatorDetailDocument = new TypedDocumentString(`
    query IndicatorDetail($id: ID!) {
  Indicator(id: $id) {
    id
    code
    name
    ...IndicatorGoal
    sourcePhrase
    target {
      number
      title
    }
    measurements(status: APPROVED) {
      id
      year
      period
      value
      valueKind
      status
      agencyId
    }
  }
}
    fragment IndicatorGoal on Indicator {
  unit
  unitKind
  kind
  comparator
  targetMin
  targetMax
}`) as unknown as TypedDocumentString<IndicatorDetailQuery, IndicatorDetailQueryVariables>;
export const BellItemsDocument = new TypedDocumentString(`
    query BellItems {
  ...Bell
}
    fragment Bell on Query {
  bellItems: allReminders(
    perPage: 10
    sortField: "createdAt"
    sortOrder: "DESC"
    filter: {mine: true}
  ) {
    id
    kind
    subject
    link
    day
    readAt
  }
  bellUnread: _allRemindersMeta(filter: {mine: true, unread: true}) {
    count
  }
}`) as unknown as TypedDocumentString<BellItemsQuery, BellItemsQueryVariables>;
export const MarkRemindersReadDocument = new TypedDocumentString(`
    mutation MarkRemindersRead($ids: [ID!]!) {
  markRemindersRead(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<MarkRemindersReadMutation, MarkRemindersReadMutationVariables>;
export const MyReminderSettingsDocument = new TypedDocumentString(`
    query MyReminderSettings {
  myReminderSettings {
    kind
    enabled
  }
}
    `) as unknown as TypedDocumentString<MyReminderSettingsQuery, MyReminderSettingsQueryVariables>;
export const SetReminderSettingDocument = new TypedDocumentString(`
    mutation SetReminderSetting($kind: ReminderKind!, $enabled: Boolean!) {
  setReminderSetting(kind: $kind, enabled: $enabled) {
    kind
    enabled
  }
}
    `) as unknown as TypedDocumentString<SetReminderSettingMutation, SetReminderSettingMutationVariables>;
export const ReportingIndicatorsDocument = new TypedDocumentString(`
    query ReportingIndicators($filter: IndicatorFilter, $page: Int) {
  rows: allIndicators(
    filter: $filter
    page: $page
    perPage: 100
    sortField: "code"
  ) {
    id
    code
    name
    ...IndicatorGoal
    assignments(active: true) {
      agencyId
      role
      frequency
      dueDaysAfterPeriod
    }
  }
}
    fragment IndicatorGoal on Indicator {
  unit
  unitKind
  kind
  comparator
  targetMin
  targetMax
}`) as unknown as TypedDocumentString<ReportingIndicatorsQuery, ReportingIndicatorsQueryVariables>;
export const ReportingFiguresDocument = new TypedDocumentString(`
    query ReportingFigures($filter: MeasurementFilter, $page: Int) {
  rows: allMeasurements(filter: $filter, page: $page, perPage: 100) {
    id
    indicatorId
    year
    period
    value
    status
    version
    valueKind
    reviewNote
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<ReportingFiguresQuery, ReportingFiguresQueryVariables>;
export const TargetAssessmentDocument = new TypedDocumentString(`
    query TargetAssessment($id: ID!) {
  Target(id: $id) {
    progress {
      verdict
      reason
      reasonEn
      decidedBy
      methodologyNotes
      total
    }
    assessments {
      id
      verdict
      reason
      document
      documentDate
    }
  }
}
    `) as unknown as TypedDocumentString<TargetAssessmentQuery, TargetAssessmentQueryVariables>;
export const AssessTargetDocument = new TypedDocumentString(`
    mutation AssessTarget($t: ID!, $v: AssessedVerdict!, $r: String!, $d: String!, $dd: LocalDate!) {
  assessTarget(
    targetId: $t
    verdict: $v
    reason: $r
    document: $d
    documentDate: $dd
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssessTargetMutation, AssessTargetMutationVariables>;