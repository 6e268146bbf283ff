export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** An exact decimal number, sent and received as a string such as "7.5" or "4400000" (numbers are accepted on input). */
  Decimal: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** An agency that carries out targets: a department (Sở), party board, central branch office or district. Merged agencies keep their history and name a successor. */
export type Agency = {
  __typename?: 'Agency';
  /** Indicators it leads or coordinates, current and past. */
  assignments: Array<Assignment>;
  /** Agencies directly under it. */
  children: Array<Agency>;
  /** Stable code within the province, e.g. "SO-YT". */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Who changed this record, when, what and why; oldest first. */
  history: Array<AuditEvent>;
  id: Scalars['ID']['output'];
  kind: AgencyKind;
  /** Figures it reported that the caller may read. */
  measurements: Array<Measurement>;
  /** Official name, in Vietnamese. */
  name: Scalars['String']['output'];
  /** The agency above it. */
  parent?: Maybe<Agency>;
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Agencies merged into this one. */
  predecessors: Array<Agency>;
  /** Over the indicators the agency currently leads. */
  progress: CombinedProgress;
  province: Province;
  provinceId: Scalars['ID']['output'];
  /** Short name used in tables. */
  shortName: Scalars['String']['output'];
  /** The agency it was merged into. */
  successor?: Maybe<Agency>;
  /** The agency that took over its work. */
  successorId?: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** First day the agency existed in this form. */
  validFrom?: Maybe<Scalars['LocalDate']['output']>;
  /** Last day before it was merged or dissolved. */
  validTo?: Maybe<Scalars['LocalDate']['output']>;
};


/** An agency that carries out targets: a department (Sở), party board, central branch office or district. Merged agencies keep their history and name a successor. */
export type AgencyAssignmentsArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
};


/** An agency that carries out targets: a department (Sở), party board, central branch office or district. Merged agencies keep their history and name a successor. */
export type AgencyProgressArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Filter for allAgencies. */
export type AgencyFilter = {
  code?: InputMaybe<Scalars['String']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<AgencyKind>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  provinceId?: InputMaybe<Scalars['ID']['input']>;
  /** Search in code, name and short name. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Agencies that existed on this date. */
  validOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type AgencyKind =
  | 'CENTRAL_BRANCH'
  | 'COMMUNE'
  | 'DEPARTMENT'
  | 'DISTRICT'
  | 'OTHER'
  | 'PARTY_BOARD'
  | 'WARD';

/** The fields allAgencies sorts by (its `sortField`). */
export type AgencySortField =
  | 'code'
  | 'id'
  | 'kind'
  | 'name'
  | 'shortName'
  | 'validTo';

/** An API token of an integrator program; the secret is shown once and stored hashed. */
export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTimeISO']['output'];
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** A label chosen by the owner. */
  name: Scalars['String']['output'];
  /** The first characters of the token, to recognise it. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Scopes: read, submit. */
  scopes: Array<Scalars['String']['output']>;
  /** The owner; the token never grants more than the owner has. */
  userId: Scalars['ID']['output'];
};

/** Filter for allApiTokens. */
export type ApiTokenFilter = {
  /** Only usable (true) or only revoked or expired (false). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Search in name and prefix. */
  q?: InputMaybe<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** The fields allApiTokens sorts by (its `sortField`). */
export type ApiTokenSortField =
  | 'createdAt'
  | 'expiresAt'
  | 'id'
  | 'lastUsedAt'
  | 'name';

export type AssessedVerdict =
  | 'EXCEEDED'
  | 'MET'
  | 'NOT_MET';

/** An indicator given to an agency to lead (chủ trì) or coordinate (phối hợp). */
export type Assignment = {
  __typename?: 'Assignment';
  /** True while the assignment has no end date. */
  active: Scalars['Boolean']['output'];
  agency: Agency;
  agencyId: Scalars['ID']['output'];
  /** When it was assigned. */
  assignedAt: Scalars['DateTimeISO']['output'];
  /** The administrator who assigned it (null for seeded data). */
  assignedById?: Maybe<Scalars['ID']['output']>;
  /** Days after the end of a period by which its figure is due. */
  dueDaysAfterPeriod: Scalars['Int']['output'];
  /** Last day; null while the assignment is active. */
  endsOn?: Maybe<Scalars['LocalDate']['output']>;
  frequency: ReportingFrequency;
  /** Who changed this record, when, what and why; oldest first. */
  history: Array<AuditEvent>;
  id: Scalars['ID']['output'];
  indicator: Indicator;
  indicatorId: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** LEAD = chủ trì, COORDINATE = phối hợp. */
  role: AssignmentRole;
  /** First day of the assignment. */
  startsOn: Scalars['LocalDate']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** Filter for allAssignments. */
export type AssignmentFilter = {
  /** Only current (true) or only ended (false). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  congressId?: InputMaybe<Scalars['ID']['input']>;
  frequency?: InputMaybe<ReportingFrequency>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  indicatorId?: InputMaybe<Scalars['ID']['input']>;
  /** Search in the note. */
  q?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<AssignmentRole>;
  /** Assignments of this target's indicators. */
  targetId?: InputMaybe<Scalars['ID']['input']>;
};

export type AssignmentRole =
  | 'COORDINATE'
  | 'LEAD';

/** The fields allAssignments sorts by (its `sortField`). */
export type AssignmentSortField =
  | 'assignedAt'
  | 'endsOn'
  | 'id'
  | 'role'
  | 'startsOn';

/** One recorded change or security event (append-only). */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** What happened, e.g. "measurement.approve", "login.failed". */
  action: Scalars['String']['output'];
  actorId?: Maybe<Scalars['ID']['output']>;
  /** Who acted: an e-mail, a token prefix, or 'system'. */
  actorLabel: Scalars['String']['output'];
  /** Who acted as "name · agency"; the label (token, system) when not a person. */
  actorName: Scalars['String']['output'];
  after?: Maybe<Scalars['JSON']['output']>;
  at: Scalars['DateTimeISO']['output'];
  before?: Maybe<Scalars['JSON']['output']>;
  entityId?: Maybe<Scalars['ID']['output']>;
  /** Type of the record, e.g. "Measurement". */
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  requestId?: Maybe<Scalars['String']['output']>;
};

/** Filter for allAuditEvents. */
export type AuditEventFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** At or after this time. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Search in action, actor and reason. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Before this time. */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** The fields allAuditEvents sorts by (its `sortField`). */
export type AuditEventSortField =
  | 'action'
  | 'at'
  | 'entityType'
  | 'id';

/** The preview of carrying a previous term's assignments to the new term's continuing indicators. Nothing is written. */
export type CarryForwardPlan = {
  __typename?: 'CarryForwardPlan';
  congressId: Scalars['ID']['output'];
  /** Identifies this plan; confirming with it is refused (CONFLICT) if the plan has changed since. */
  fingerprint: Scalars['String']['output'];
  previousCongressId: Scalars['ID']['output'];
  rows: Array<CarryForwardRow>;
  skipped: Scalars['Int']['output'];
  /** The first day of the new assignments. */
  startsOn: Scalars['LocalDate']['output'];
  /** The previous term's last day counted (31/12 of its last year, or today). */
  termEndedOn: Scalars['LocalDate']['output'];
  toCreate: Scalars['Int']['output'];
};

/** What confirming a carry-forward wrote. */
export type CarryForwardResult = {
  __typename?: 'CarryForwardResult';
  /** The audit batch of what was written; none when nothing was. */
  batchId?: Maybe<Scalars['ID']['output']>;
  created: Array<Assignment>;
  /** The plan that was carried out. */
  plan: CarryForwardPlan;
};

/** One assignment of the previous term and what carrying it forward does. */
export type CarryForwardRow = {
  __typename?: 'CarryForwardRow';
  dueDaysAfterPeriod: Scalars['Int']['output'];
  frequency: ReportingFrequency;
  fromAgencyId: Scalars['ID']['output'];
  fromAgencyName: Scalars['String']['output'];
  /** The previous term's assignment. */
  fromAssignmentId: Scalars['ID']['output'];
  indicatorCode: Scalars['String']['output'];
  /** The new term's indicator. */
  indicatorId: Scalars['ID']['output'];
  indicatorName: Scalars['String']['output'];
  outcome: CarryOutcome;
  predecessorCode: Scalars['String']['output'];
  predecessorId: Scalars['ID']['output'];
  role: AssignmentRole;
  /** Who carries it now; null when no one does. */
  toAgencyId?: Maybe<Scalars['ID']['output']>;
  toAgencyName?: Maybe<Scalars['String']['output']>;
  /** True when confirming creates this assignment. */
  willCreate: Scalars['Boolean']['output'];
};

export type CarryOutcome =
  | 'ALREADY_ASSIGNED'
  | 'LEAD_TAKEN'
  | 'NO_SUCCESSOR'
  | 'SAME_AGENCY'
  | 'SUCCESSOR';

export type ClauseKind =
  | 'ASSESSMENT'
  | 'GENERAL_GOAL'
  | 'VIEWPOINT';

/** Combined progress: met when every part is met. */
export type CombinedProgress = {
  __typename?: 'CombinedProgress';
  asOf: Scalars['LocalDate']['output'];
  /** Codes of the parts whose verdict is the combined one ("2.a", or "Chỉ tiêu 2"): they decide it. */
  decidedBy: Array<Scalars['String']['output']>;
  /** Parts (indicators or targets) met or exceeded. */
  met: Scalars['Int']['output'];
  /** Methodology notes of the parts (changed measures), to show beside the verdict. */
  methodologyNotes: Array<Scalars['String']['output']>;
  /** Why, naming the parts that are not met. */
  reason: Scalars['String']['output'];
  /** The same reason in English. */
  reasonEn: Scalars['String']['output'];
  status?: Maybe<TrackStatus>;
  statusLabel?: Maybe<Scalars['String']['output']>;
  total: Scalars['Int']['output'];
  verdict: Verdict;
  verdictLabel: Scalars['String']['output'];
};

export type Comparator =
  | 'AT_LEAST'
  | 'AT_MOST'
  | 'BETWEEN'
  | 'LESS_THAN';

/** A congress (Đại hội đại biểu) of a provincial party committee, for one term. */
export type Congress = {
  __typename?: 'Congress';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Official delegates who sat in the congress (398). */
  delegateCount?: Maybe<Scalars['Int']['output']>;
  /** Members elected to the executive committee (Ban Chấp hành). */
  executiveCommitteeSize: Scalars['Int']['output'];
  /** First day the congress sat. */
  heldFrom: Scalars['LocalDate']['output'];
  /** Last day the congress sat. */
  heldTo: Scalars['LocalDate']['output'];
  /** Who changed this record, when, what and why; oldest first. */
  history: Array<AuditEvent>;
  id: Scalars['ID']['output'];
  /** Members of the inspection committee (Ủy ban Kiểm tra) the executive committee elected. */
  inspectionCommitteeSize?: Maybe<Scalars['Int']['output']>;
  /** Key tasks, in order. */
  keyTasks: Array<KeyTask>;
  /** Motto (phương châm), in Vietnamese. */
  motto?: Maybe<Scalars['String']['output']>;
  /** Alternate delegates elected to the national congress. */
  nationalAlternates: Scalars['Int']['output'];
  /** Official delegates elected to the national congress. */
  nationalDelegates: Scalars['Int']['output'];
  /** Ordinal of the congress (17 for the XVII congress). */
  ordinal: Scalars['Int']['output'];
  /** The party committee holding it, e.g. "Đảng bộ tỉnh Lạng Sơn". */
  partyCommittee: Scalars['String']['output'];
  /** Where it was held. */
  place: Scalars['String']['output'];
  province: Province;
  provinceId: Scalars['ID']['output'];
  /** The resolution it adopted. */
  resolution?: Maybe<Resolution>;
  /** Members of the standing committee (Ban Thường vụ) the executive committee elected. */
  standingCommitteeSize?: Maybe<Scalars['Int']['output']>;
  /** Main targets, by number. */
  targets: Array<Target>;
  /** Last year of the term (2025). */
  termEndYear: Scalars['Int']['output'];
  /** First year of the term (2020). */
  termStartYear: Scalars['Int']['output'];
  /** Theme (chủ đề), in Vietnamese. */
  theme?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** Filter for allCongresses. */
export type CongressFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  ordinal?: InputMaybe<Scalars['Int']['input']>;
  provinceId?: InputMaybe<Scalars['ID']['input']>;
  /** Search in the party committee and place. */
  q?: InputMaybe<Scalars['String']['input']>;
};

/** The fields allCongresses sorts by (its `sortField`). */
export type CongressSortField =
  | 'createdAt'
  | 'heldFrom'
  | 'id'
  | 'ordinal'
  | 'termStartYear';

/** A new API token: the secret is shown this once. */
export type CreatedApiToken = {
  __typename?: 'CreatedApiToken';
  apiToken: ApiToken;
  /** Send as `Authorization: Bearer <token>`. It cannot be shown again. */
  token: Scalars['String']['output'];
};

export type Direction =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER'
  | 'WITHIN_RANGE';

/** One indicator the parser read from a target's text: a draft, not saved. */
export type DraftIndicator = {
  __typename?: 'DraftIndicator';
  comparator: Comparator;
  direction: Direction;
  kind: IndicatorKind;
  /** A proposed name, from the words before (or after) its number. */
  name: Scalars['String']['output'];
  /** The words of the resolution it was read from, verbatim. */
  phrase: Scalars['String']['output'];
  /** What the rules could not settle, for the reviewer (Vietnamese, English in brackets). */
  problems: Array<Scalars['String']['output']>;
  /** With congressId: the previous congress's indicator it seems to continue, for the reviewer to keep or change; never linked without the confirmation. */
  proposedPredecessor?: Maybe<ProposedPredecessor>;
  /** Upper bound (AT_MOST, LESS_THAN, BETWEEN). */
  targetMax?: Maybe<Scalars['Decimal']['output']>;
  /** Lower bound (AT_LEAST, BETWEEN). */
  targetMin?: Maybe<Scalars['Decimal']['output']>;
  /** The year the goal is set for; the term's last year unless the text names another. */
  targetYear: Scalars['Int']['output'];
  /** Unit as the resolution writes it: "%", "tỷ đồng", "bác sỹ/vạn dân" … */
  unit: Scalars['String']['output'];
};

/** One numbered target of the pasted text, with the indicators read from it. */
export type DraftTarget = {
  __typename?: 'DraftTarget';
  indicators: Array<DraftIndicator>;
  number: Scalars['Int']['output'];
  /** A target with no measurable figure, a repeated number … */
  problems: Array<Scalars['String']['output']>;
  /** The target's text, verbatim (whitespace normalised), without its number. */
  text: Scalars['String']['output'];
};

/** A reminder that is due now (what sendDueReminders sends or, dry, lists). */
export type DueReminderItem = {
  __typename?: 'DueReminderItem';
  body: Scalars['String']['output'];
  day: Scalars['LocalDate']['output'];
  email: Scalars['String']['output'];
  kind: ReminderKind;
  link: Scalars['String']['output'];
  subject: Scalars['String']['output'];
  subjectKey: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

/** The baseline a goal is read with, and where it comes from. */
export type EffectiveBaseline = {
  __typename?: 'EffectiveBaseline';
  /** The predecessor whose latest approved value it is; null when it is the indicator's own. */
  fromIndicatorId?: Maybe<Scalars['ID']['output']>;
  value: Scalars['Decimal']['output'];
  year: Scalars['Int']['output'];
};

/** One indicator of a confirmed draft, as the administrator corrected it. */
export type ImportIndicatorInput = {
  comparator: Comparator;
  direction: Direction;
  kind: IndicatorKind;
  name: Scalars['String']['input'];
  /** The resolution's words it comes from (kept as its source phrase). */
  phrase: Scalars['String']['input'];
  /** The previous term's indicator it continues (the proposal kept, or the reviewer's choice). */
  predecessorId?: InputMaybe<Scalars['ID']['input']>;
  targetMax?: InputMaybe<Scalars['Decimal']['input']>;
  targetMin?: InputMaybe<Scalars['Decimal']['input']>;
  unit: Scalars['String']['input'];
};

/** The outcome of a bulk import or of its dry run. */
export type ImportResult = {
  __typename?: 'ImportResult';
  /** The audit batch of the written rows. */
  batchId?: Maybe<Scalars['ID']['output']>;
  created: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  /** Rows with errors; any error means nothing is written. */
  failed: Scalars['Int']['output'];
  rows: Array<ImportRowResult>;
  updated: Scalars['Int']['output'];
  /** True when every row was written, in one transaction. */
  written: Scalars['Boolean']['output'];
};

/** A problem with one cell of an imported row. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** What happens (or would happen) to one row of an imported file. */
export type ImportRowResult = {
  __typename?: 'ImportRowResult';
  /** CREATE, UPDATE (a draft or returned figure) or ERROR. */
  action: Scalars['String']['output'];
  errors: Array<ImportRowError>;
  indicatorCode: Scalars['String']['output'];
  measurementId?: Maybe<Scalars['ID']['output']>;
  period: Scalars['String']['output'];
  /** Row number in the file; the header is row 1. */
  row: Scalars['Int']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};

/** One target of a confirmed draft. */
export type ImportTargetInput = {
  domain: TargetDomain;
  indicators: Array<ImportIndicatorInput>;
  number: Scalars['Int']['input'];
  /** Verbatim text of the target. */
  text: Scalars['String']['input'];
  /** Short title; the first indicator's name when not given. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** One measurable quantity of a target, with its goal as the resolution words it. */
export type Indicator = {
  __typename?: 'Indicator';
  /** False once the indicator is retired; its history stays. */
  active: Scalars['Boolean']['output'];
  /** Who leads and coordinates it, current and past. */
  assignments: Array<Assignment>;
  /** Its own baseline, or else its predecessor's latest approved yearly value (as of a date if given). */
  baseline?: Maybe<EffectiveBaseline>;
  /** Value in the baseline year. */
  baselineValue?: Maybe<Scalars['Decimal']['output']>;
  /** Year of the baseline value. */
  baselineYear?: Maybe<Scalars['Int']['output']>;
  /** Code: target number and a letter, e.g. "12.b". */
  code: Scalars['String']['output'];
  comparator: Comparator;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Which way is better; decides what a value outside a range means (the farm share of GRDP is to fall). */
  direction: Direction;
  /** Who changed this record, when, what and why; oldest first. */
  history: Array<AuditEvent>;
  id: Scalars['ID']['output'];
  kind: IndicatorKind;
  /** The agency that currently leads it (chủ trì). */
  leadAgency?: Maybe<Agency>;
  /** Its figures the caller may read, oldest period first (approved ones for everyone). */
  measurements: Array<Measurement>;
  /** Where the measure changed during the term (a new poverty standard, a re-based GRDP, merged communes); shown beside the verdict. */
  methodologyNote?: Maybe<Scalars['String']['output']>;
  /** Name, in Vietnamese. */
  name: Scalars['String']['output'];
  /** Name, in English. */
  nameEn: Scalars['String']['output'];
  /** Yearly plan values, where the province set them. */
  planValues: Array<PlanValue>;
  /** Order within the target. */
  position: Scalars['Int']['output'];
  /** The same quantity in the previous term's resolution. */
  predecessor?: Maybe<Indicator>;
  /** The same quantity in an earlier congress's resolution (GRDP growth 2021–2025 for 2026–2030); its last approved value is the baseline when this indicator has none of its own. */
  predecessorId?: Maybe<Scalars['ID']['output']>;
  /** Verdict, status and reason from approved figures. */
  progress: IndicatorProgress;
  /** Its yearly figures followed back through its predecessors, oldest term first: approved figures, or with `withUnapproved` also those the caller may read (their own agency's drafts). */
  seriesAcrossTerms: Array<TermSeries>;
  /** The verbatim phrase of the resolution this indicator comes from. */
  sourcePhrase: Scalars['String']['output'];
  /** Indicators of later terms that continue it. */
  successors: Array<Indicator>;
  target: Target;
  targetId: Scalars['ID']['output'];
  /** Upper bound of the goal (AT_MOST, LESS_THAN, BETWEEN). */
  targetMax?: Maybe<Scalars['Decimal']['output']>;
  /** Lower bound of the goal (AT_LEAST, BETWEEN). */
  targetMin?: Maybe<Scalars['Decimal']['output']>;
  /** Unit as the resolution writes it: "%", "xã", "tỷ đồng" ... */
  unit: Scalars['String']['output'];
  /** What kind of quantity the value is; drives validation. */
  unitKind: UnitKind;
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** One measurable quantity of a target, with its goal as the resolution words it. */
export type IndicatorAssignmentsArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
};


/** One measurable quantity of a target, with its goal as the resolution words it. */
export type IndicatorBaselineArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
};


/** One measurable quantity of a target, with its goal as the resolution words it. */
export type IndicatorMeasurementsArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<PeriodType>;
  status?: InputMaybe<MeasurementStatus>;
  valueKind?: InputMaybe<ValueKind>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** One measurable quantity of a target, with its goal as the resolution words it. */
export type IndicatorProgressArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
};


/** One measurable quantity of a target, with its goal as the resolution words it. */
export type IndicatorSeriesAcrossTermsArgs = {
  depth?: Scalars['Int']['input'];
  withUnapproved?: Scalars['Boolean']['input'];
};

/** Filter for allIndicators. */
export type IndicatorFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Indicators actively assigned to this agency (any role). */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  comparator?: InputMaybe<Comparator>;
  congressId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Indicators of targets that serve this key task. */
  keyTaskId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<IndicatorKind>;
  /** Indicators this agency actively leads. */
  leadAgencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Search in code, names and source phrase. */
  q?: InputMaybe<Scalars['String']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
};

export type IndicatorKind =
  | 'AVERAGE_ANNUAL_RATE'
  | 'END_OF_TERM_LEVEL'
  | 'EVERY_YEAR'
  | 'TERM_TOTAL';

/** How an indicator stands, from approved figures only (OFFICIAL beats ESTIMATE). */
export type IndicatorProgress = {
  __typename?: 'IndicatorProgress';
  /** The date the answer is as of. */
  asOf: Scalars['LocalDate']['output'];
  /** The indicator's methodology note (a changed measure), to show beside the verdict. */
  methodologyNote?: Maybe<Scalars['String']['output']>;
  /** What is still needed per remaining year. */
  neededPerYear?: Maybe<Scalars['Float']['output']>;
  /** Projection to the term's last year. */
  projected?: Maybe<Scalars['Float']['output']>;
  /** Why, in one Vietnamese sentence with the numbers. */
  reason: Scalars['String']['output'];
  /** The same reason in English, numbers written the English way. */
  reasonEn: Scalars['String']['output'];
  /** Only while the term's last year has no figure. */
  status?: Maybe<TrackStatus>;
  statusLabel?: Maybe<Scalars['String']['output']>;
  /** True when an approved whole-term (TERM) figure decided the verdict. */
  termFigure: Scalars['Boolean']['output'];
  /** Compound average rate, latest level, worst year or sum so far, by kind. */
  valueSoFar?: Maybe<Scalars['Float']['output']>;
  verdict: Verdict;
  /** As the province writes it: "Vượt", "Đạt", "Không đạt", "Chưa có số liệu". */
  verdictLabel: Scalars['String']['output'];
  yearsCounted: Array<Scalars['Int']['output']>;
  yearsMissing: Array<Scalars['Int']['output']>;
};

/** The fields allIndicators sorts by (its `sortField`). */
export type IndicatorSortField =
  | 'code'
  | 'createdAt'
  | 'id'
  | 'kind'
  | 'name'
  | 'position';

/** A key task (nhiệm vụ trọng tâm) of a congress's resolution. */
export type KeyTask = {
  __typename?: 'KeyTask';
  congress: Congress;
  congressId: Scalars['ID']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Who changed this record, when, what and why; oldest first. */
  history: Array<AuditEvent>;
  id: Scalars['ID']['output'];
  /** Ordinal: 1 for "Một là", 5 for "Năm là". */
  ordinal: Scalars['Int']['output'];
  /** Over the targets that serve this key task. */
  progress: CombinedProgress;
  /** The targets that serve this key task, by number. */
  targets: Array<Target>;
  /** Verbatim text of the resolution. */
  text: Scalars['String']['output'];
  /** Short title, in Vietnamese. */
  title: Scalars['String']['output'];
  /** Short title, in English. */
  titleEn: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** A key task (nhiệm vụ trọng tâm) of a congress's resolution. */
export type KeyTaskProgressArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Filter for allKeyTasks. */
export type KeyTaskFilter = {
  congressId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  ordinal?: InputMaybe<Scalars['Int']['input']>;
  /** Search in title and text. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Key tasks a target serves. */
  targetId?: InputMaybe<Scalars['ID']['input']>;
};

/** The fields allKeyTasks sorts by (its `sortField`). */
export type KeyTaskSortField =
  | 'createdAt'
  | 'id'
  | 'ordinal'
  | 'title';

/** How many rows a list has in all, for pagination. */
export type ListMetadata = {
  __typename?: 'ListMetadata';
  count: Scalars['Int']['output'];
};

/** A new session. The token is also set as an HttpOnly cookie for the admin panel. */
export type LoginResult = {
  __typename?: 'LoginResult';
  /** When the session ends at the latest (it also ends after 2 hours idle). */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Send as `Authorization: Bearer <token>`; shown once. */
  token: Scalars['String']['output'];
  user: User;
};

/** Who is calling and what they may do. */
export type Me = {
  __typename?: 'Me';
  /** Permissions, after an API token's scopes. */
  permissions: Array<Permission>;
  user: User;
  /** session or token */
  via: Scalars['String']['output'];
};

/** A figure (số liệu) an agency reports for an indicator and period, with its approval state. */
export type Measurement = {
  __typename?: 'Measurement';
  /** The reporting agency. */
  agency: Agency;
  /** The reporting agency. */
  agencyId: Scalars['ID']['output'];
  /** Units of reportedUnit per unit of the indicator (VND per USD): value = reportedValue / conversionRate. */
  conversionRate?: Maybe<Scalars['Decimal']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  createdById?: Maybe<Scalars['ID']['output']>;
  /** Link to the document that proves the figure. */
  evidenceUrl?: Maybe<Scalars['String']['output']>;
  /** Who changed this record, when, what and why; oldest first. */
  history: Array<AuditEvent>;
  id: Scalars['ID']['output'];
  indicator: Indicator;
  indicatorId: Scalars['ID']['output'];
  /** The last return of this figure (reason, time, reviewer, value then), if any. */
  lastReturn?: Maybe<MeasurementReturn>;
  /** How this figure was measured, where it differs (new poverty standard, re-based GRDP). */
  methodologyNote?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** YEAR, first half H1, a quarter, or TERM (the whole term; year = its last year). */
  period: PeriodType;
  /** Where the conversion rate comes from. */
  rateSource?: Maybe<Scalars['String']['output']>;
  /** The date the figure was reported on (the report, press conference or decision); progress as of a date counts only figures reported by then. */
  reportedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Unit of reportedValue, e.g. "triệu đồng". */
  reportedUnit?: Maybe<Scalars['String']['output']>;
  /** The value as reported, when in another unit than the indicator's (71,1 million VND for a goal in USD); `value` is then the converted one. */
  reportedValue?: Maybe<Scalars['Decimal']['output']>;
  /** Submitted again after a head returned it (gửi lại). */
  resubmitted: Scalars['Boolean']['output'];
  /** The head's note on approval, or the reason for a return. */
  reviewNote?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  reviewedById?: Maybe<Scalars['ID']['output']>;
  /** Where the figure comes from. */
  source: Scalars['String']['output'];
  status: MeasurementStatus;
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  submittedById?: Maybe<Scalars['ID']['output']>;
  /** Who submitted the figure: "name · agency". */
  submittedByLabel?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  value: Scalars['Decimal']['output'];
  /** ESTIMATE (ước tính) or OFFICIAL (chính thức). */
  valueKind: ValueKind;
  /** Incremented on every change; workflow mutations must send the current one. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** Filter for allMeasurements. */
export type MeasurementFilter = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  congressId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  indicatorId?: InputMaybe<Scalars['ID']['input']>;
  period?: InputMaybe<PeriodType>;
  /** Search in source and note. */
  q?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<MeasurementStatus>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
  valueKind?: InputMaybe<ValueKind>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** The last time a figure was returned to its reporter. */
export type MeasurementReturn = {
  __typename?: 'MeasurementReturn';
  at: Scalars['DateTimeISO']['output'];
  /** The head's reason. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Who returned it: "name · agency". */
  reviewer?: Maybe<Scalars['String']['output']>;
  /** The figure's value when it was returned. */
  value: Scalars['Decimal']['output'];
};

/** The fields allMeasurements sorts by (its `sortField`). */
export type MeasurementSortField =
  | 'id'
  | 'period'
  | 'reviewedAt'
  | 'status'
  | 'submittedAt'
  | 'updatedAt'
  | 'value'
  | 'year';

export type MeasurementStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'RETURNED'
  | 'SUBMITTED';

/** An assignment whose figure for a period has not been submitted. */
export type MissingReport = {
  __typename?: 'MissingReport';
  agency: Agency;
  assignment: Assignment;
  /** Days past the due date, in Vietnam's time zone (0 if not yet due). */
  daysLate: Scalars['Int']['output'];
  /** End of the period plus the assignment's due days. */
  dueOn: Scalars['LocalDate']['output'];
  indicator: Indicator;
  /** The draft or returned figure, for the agency's own staff and the provincial office (its reason, a link to it). */
  measurement?: Maybe<Measurement>;
  period: Scalars['String']['output'];
  /** MISSING (nothing yet), DRAFT or RETURNED. */
  state: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** SUBMITTED → APPROVED, by a head of the figure's agency who did not submit it. Approved figures are read-only. */
  approveMeasurement: Measurement;
  /** Records the province's own verdict on a target (administrators; audited). It is shown beside the computed verdict and never replaces it; earlier assessments stay in the history. */
  assessTarget: TargetAssessment;
  /** Assigns every active indicator of a target (or one indicator) to an agency. LEAD moves the lead: the current lead's assignment ends the day before. Returns the assignments created. */
  assignTarget: Array<Assignment>;
  /** Confirms a preview of assignmentCarryForward: creates its assignments in one transaction, audited as one batch. A plan changed since the preview is a CONFLICT; assignments already there are skipped, so a second run creates nothing. */
  carryAssignmentsForward: CarryForwardResult;
  /** Creates a Agency (administrators). */
  createAgency: Agency;
  /** Creates a token for yourself (administrators: for anyone). It never grants more than its owner has. */
  createApiToken: CreatedApiToken;
  /** Creates a Assignment (administrators). */
  createAssignment: Assignment;
  /** Creates a Congress (administrators). */
  createCongress: Congress;
  /** Creates a Indicator (administrators). */
  createIndicator: Indicator;
  /** Creates a KeyTask (administrators). */
  createKeyTask: KeyTask;
  /** Creates a draft figure (react-admin's create); same as saveMeasurement. */
  createMeasurement: Measurement;
  /** Creates a Target (administrators). */
  createTarget: Target;
  /** Creates a User (administrators). */
  createUser: User;
  /** Deletes a Agency and returns it; refused while history depends on it. */
  deleteAgency: Agency;
  /** Deletes a Assignment and returns it; refused while history depends on it. */
  deleteAssignment: Assignment;
  /** Deletes a Congress and returns it; refused while history depends on it. */
  deleteCongress: Congress;
  /** Deletes a Indicator and returns it; refused while history depends on it. */
  deleteIndicator: Indicator;
  /** Deletes a KeyTask and returns it; refused while history depends on it. */
  deleteKeyTask: KeyTask;
  /** Deletes a draft or returned figure of the caller's agency. */
  deleteMeasurement: Measurement;
  /** Deletes a Target and returns it; refused while history depends on it. */
  deleteTarget: Target;
  /** Deletes a User and returns it; refused while history depends on it. */
  deleteUser: User;
  /** Imports figures from a CSV or XLSX file (base64). With dryRun (the default) nothing is written: every row is checked and reported. Otherwise all rows are written or none, as drafts or, with submit, submitted for approval. */
  importMeasurements: ImportResult;
  /** Confirms a draft of parseResolutionTargets, as corrected: creates the congress's targets and indicators in one transaction, audited as one batch. Targets already there with the same number and text are skipped (loading the same text twice writes nothing new); the same number with another text is a BAD_USER_INPUT. At most 200 targets of 20 indicators. */
  importResolutionTargets: ResolutionImportResult;
  /** Signs in with e-mail and password. */
  login: LoginResult;
  /** Ends the current session. */
  logout: Scalars['Boolean']['output'];
  /** Marks the caller's own reminders read; returns those it marked. */
  markRemindersRead: Array<Reminder>;
  /** APPROVED → DRAFT with a reason, so the figure can be corrected. */
  reopenMeasurement: Measurement;
  /** SUBMITTED → RETURNED with a reason the reporter sees. */
  returnMeasurement: Measurement;
  /** Revokes a token at once. */
  revokeApiToken: ApiToken;
  /** Creates a draft figure, or edits a draft or returned one (send its id and version). */
  saveMeasurement: Measurement;
  /** Sends the reminders due now (what the 07:00 schedule runs), each at most once a day; dryRun only lists them. */
  sendDueReminders: SendDueRemindersResult;
  /** Turns one kind of reminder on or off for the caller. */
  setReminderSetting: Array<ReminderSetting>;
  /** DRAFT or RETURNED → SUBMITTED, for the agency head to review. */
  submitMeasurement: Measurement;
  /** Changes a Agency; omitted fields stay as they are. */
  updateAgency: Agency;
  /** Changes a Assignment; omitted fields stay as they are. */
  updateAssignment: Assignment;
  /** Changes a Congress; omitted fields stay as they are. */
  updateCongress: Congress;
  /** Changes a Indicator; omitted fields stay as they are. */
  updateIndicator: Indicator;
  /** Changes a KeyTask; omitted fields stay as they are. */
  updateKeyTask: KeyTask;
  /** Edits a draft or returned figure (react-admin's update); needs version. */
  updateMeasurement: Measurement;
  /** Changes a Target; omitted fields stay as they are. */
  updateTarget: Target;
  /** Changes a User; omitted fields stay as they are. */
  updateUser: User;
};


export type MutationApproveMeasurementArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationAssessTargetArgs = {
  document: Scalars['String']['input'];
  documentDate: Scalars['LocalDate']['input'];
  reason: Scalars['String']['input'];
  targetId: Scalars['ID']['input'];
  verdict: AssessedVerdict;
};


export type MutationAssignTargetArgs = {
  agencyId: Scalars['ID']['input'];
  dueDaysAfterPeriod?: InputMaybe<Scalars['Int']['input']>;
  frequency?: InputMaybe<ReportingFrequency>;
  indicatorId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  role: AssignmentRole;
  startsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationCarryAssignmentsForwardArgs = {
  congressId: Scalars['ID']['input'];
  fingerprint: Scalars['String']['input'];
  previousCongressId: Scalars['ID']['input'];
  startsOn?: InputMaybe<Scalars['LocalDate']['input']>;
};


export type MutationCreateAgencyArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<AgencyKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  provinceId?: InputMaybe<Scalars['ID']['input']>;
  shortName?: InputMaybe<Scalars['String']['input']>;
  successorId?: InputMaybe<Scalars['ID']['input']>;
  validFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  validTo?: InputMaybe<Scalars['LocalDate']['input']>;
};


export type MutationCreateApiTokenArgs = {
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  name: Scalars['String']['input'];
  scopes: Array<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationCreateAssignmentArgs = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  dueDaysAfterPeriod?: InputMaybe<Scalars['Int']['input']>;
  endsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  frequency?: InputMaybe<ReportingFrequency>;
  indicatorId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<AssignmentRole>;
  startsOn?: InputMaybe<Scalars['LocalDate']['input']>;
};


export type MutationCreateCongressArgs = {
  executiveCommitteeSize?: InputMaybe<Scalars['Int']['input']>;
  heldFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  heldTo?: InputMaybe<Scalars['LocalDate']['input']>;
  nationalAlternates?: InputMaybe<Scalars['Int']['input']>;
  nationalDelegates?: InputMaybe<Scalars['Int']['input']>;
  ordinal?: InputMaybe<Scalars['Int']['input']>;
  partyCommittee?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  provinceId?: InputMaybe<Scalars['ID']['input']>;
  termEndYear?: InputMaybe<Scalars['Int']['input']>;
  termStartYear?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateIndicatorArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  baselineValue?: InputMaybe<Scalars['Decimal']['input']>;
  baselineYear?: InputMaybe<Scalars['Int']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  comparator?: InputMaybe<Comparator>;
  direction?: InputMaybe<Direction>;
  kind?: InputMaybe<IndicatorKind>;
  methodologyNote?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  planValues?: InputMaybe<Array<PlanValueInput>>;
  position?: InputMaybe<Scalars['Int']['input']>;
  predecessorId?: InputMaybe<Scalars['ID']['input']>;
  sourcePhrase?: InputMaybe<Scalars['String']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
  targetMax?: InputMaybe<Scalars['Decimal']['input']>;
  targetMin?: InputMaybe<Scalars['Decimal']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
  unitKind?: InputMaybe<UnitKind>;
};


export type MutationCreateKeyTaskArgs = {
  congressId?: InputMaybe<Scalars['ID']['input']>;
  ordinal?: InputMaybe<Scalars['Int']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  titleEn?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateMeasurementArgs = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  conversionRate?: InputMaybe<Scalars['Decimal']['input']>;
  evidenceUrl?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  indicatorId?: InputMaybe<Scalars['ID']['input']>;
  methodologyNote?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<PeriodType>;
  rateSource?: InputMaybe<Scalars['String']['input']>;
  reportedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  reportedUnit?: InputMaybe<Scalars['String']['input']>;
  reportedValue?: InputMaybe<Scalars['Decimal']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['Decimal']['input']>;
  valueKind?: InputMaybe<ValueKind>;
  version?: InputMaybe<Scalars['Int']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateTargetArgs = {
  congressId?: InputMaybe<Scalars['ID']['input']>;
  domain?: InputMaybe<TargetDomain>;
  keyTaskIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  number?: InputMaybe<Scalars['Int']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  titleEn?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateUserArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  provinceId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Role>;
};


export type MutationDeleteAgencyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteAssignmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCongressArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteIndicatorArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteKeyTaskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMeasurementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTargetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportMeasurementsArgs = {
  congressId?: InputMaybe<Scalars['ID']['input']>;
  contentBase64: Scalars['String']['input'];
  dryRun?: Scalars['Boolean']['input'];
  filename: Scalars['String']['input'];
  submit?: Scalars['Boolean']['input'];
};


export type MutationImportResolutionTargetsArgs = {
  congressId: Scalars['ID']['input'];
  targets: Array<ImportTargetInput>;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMarkRemindersReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationReopenMeasurementArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReturnMeasurementArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveMeasurementArgs = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  conversionRate?: InputMaybe<Scalars['Decimal']['input']>;
  evidenceUrl?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  indicatorId?: InputMaybe<Scalars['ID']['input']>;
  methodologyNote?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<PeriodType>;
  rateSource?: InputMaybe<Scalars['String']['input']>;
  reportedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  reportedUnit?: InputMaybe<Scalars['String']['input']>;
  reportedValue?: InputMaybe<Scalars['Decimal']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['Decimal']['input']>;
  valueKind?: InputMaybe<ValueKind>;
  version?: InputMaybe<Scalars['Int']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSendDueRemindersArgs = {
  dryRun: Scalars['Boolean']['input'];
};


export type MutationSetReminderSettingArgs = {
  enabled: Scalars['Boolean']['input'];
  kind: ReminderKind;
};


export type MutationSubmitMeasurementArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationUpdateAgencyArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<AgencyKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  provinceId?: InputMaybe<Scalars['ID']['input']>;
  shortName?: InputMaybe<Scalars['String']['input']>;
  successorId?: InputMaybe<Scalars['ID']['input']>;
  validFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  validTo?: InputMaybe<Scalars['LocalDate']['input']>;
};


export type MutationUpdateAssignmentArgs = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  dueDaysAfterPeriod?: InputMaybe<Scalars['Int']['input']>;
  endsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  frequency?: InputMaybe<ReportingFrequency>;
  id: Scalars['ID']['input'];
  indicatorId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<AssignmentRole>;
  startsOn?: InputMaybe<Scalars['LocalDate']['input']>;
};


export type MutationUpdateCongressArgs = {
  executiveCommitteeSize?: InputMaybe<Scalars['Int']['input']>;
  heldFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  heldTo?: InputMaybe<Scalars['LocalDate']['input']>;
  id: Scalars['ID']['input'];
  nationalAlternates?: InputMaybe<Scalars['Int']['input']>;
  nationalDelegates?: InputMaybe<Scalars['Int']['input']>;
  ordinal?: InputMaybe<Scalars['Int']['input']>;
  partyCommittee?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  provinceId?: InputMaybe<Scalars['ID']['input']>;
  termEndYear?: InputMaybe<Scalars['Int']['input']>;
  termStartYear?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateIndicatorArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  baselineValue?: InputMaybe<Scalars['Decimal']['input']>;
  baselineYear?: InputMaybe<Scalars['Int']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  comparator?: InputMaybe<Comparator>;
  direction?: InputMaybe<Direction>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<IndicatorKind>;
  methodologyNote?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  planValues?: InputMaybe<Array<PlanValueInput>>;
  position?: InputMaybe<Scalars['Int']['input']>;
  predecessorId?: InputMaybe<Scalars['ID']['input']>;
  sourcePhrase?: InputMaybe<Scalars['String']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
  targetMax?: InputMaybe<Scalars['Decimal']['input']>;
  targetMin?: InputMaybe<Scalars['Decimal']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
  unitKind?: InputMaybe<UnitKind>;
};


export type MutationUpdateKeyTaskArgs = {
  congressId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  ordinal?: InputMaybe<Scalars['Int']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  titleEn?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateMeasurementArgs = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  conversionRate?: InputMaybe<Scalars['Decimal']['input']>;
  evidenceUrl?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  indicatorId?: InputMaybe<Scalars['ID']['input']>;
  methodologyNote?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<PeriodType>;
  rateSource?: InputMaybe<Scalars['String']['input']>;
  reportedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  reportedUnit?: InputMaybe<Scalars['String']['input']>;
  reportedValue?: InputMaybe<Scalars['Decimal']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['Decimal']['input']>;
  valueKind?: InputMaybe<ValueKind>;
  version?: InputMaybe<Scalars['Int']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateTargetArgs = {
  congressId?: InputMaybe<Scalars['ID']['input']>;
  domain?: InputMaybe<TargetDomain>;
  id: Scalars['ID']['input'];
  keyTaskIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  number?: InputMaybe<Scalars['Int']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  titleEn?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateUserArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  provinceId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Role>;
};

export type PeriodType =
  | 'H1'
  | 'Q1'
  | 'Q2'
  | 'Q3'
  | 'Q4'
  | 'TERM'
  | 'YEAR';

/** What a caller may do; roles map to sets of these (`me.permissions`). */
export type Permission =
  | 'ApproveMeasurement'
  | 'AssessTarget'
  | 'AssignTarget'
  | 'Authenticated'
  | 'ManageAgency'
  | 'ManageAnyApiToken'
  | 'ManageCongress'
  | 'ManageOwnApiToken'
  | 'ManageReminders'
  | 'ManageUser'
  | 'ReadAnyMeasurement'
  | 'ReadAuditEvent'
  | 'ReadOwnAgencyMeasurement'
  | 'ReadPublic'
  | 'ReadUser'
  | 'ReopenMeasurement'
  | 'ReviewAnyAgency'
  | 'SaveMeasurement'
  | 'SubmitMeasurement';

/** A planned value of an indicator for one year of the term. */
export type PlanValue = {
  __typename?: 'PlanValue';
  value: Scalars['Decimal']['output'];
  year: Scalars['Int']['output'];
};

/** A planned value for one year. */
export type PlanValueInput = {
  value: Scalars['Decimal']['input'];
  year: Scalars['Int']['input'];
};

/** The resolution at a glance: "Đạt và vượt N/20 chỉ tiêu ...". */
export type ProgressSummary = {
  __typename?: 'ProgressSummary';
  asOf: Scalars['LocalDate']['output'];
  atRisk: Scalars['Int']['output'];
  congressId: Scalars['ID']['output'];
  exceeded: Scalars['Int']['output'];
  met: Scalars['Int']['output'];
  noData: Scalars['Int']['output'];
  notMet: Scalars['Int']['output'];
  offTrack: Scalars['Int']['output'];
  /** The sentence as the province writes it. */
  sentence: Scalars['String']['output'];
  /** The same sentence in English. */
  sentenceEn: Scalars['String']['output'];
  targets: Array<TargetProgressLine>;
  total: Scalars['Int']['output'];
};

/** The previous term's indicator a drafted one seems to continue: same unit and kinds, the closest name. */
export type ProposedPredecessor = {
  __typename?: 'ProposedPredecessor';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Share of the names' words in common (0–1). */
  similarity: Scalars['Float']['output'];
};

/** A province (tỉnh) whose party committee holds congresses. */
export type Province = {
  __typename?: 'Province';
  /** Short code, e.g. "LSN". */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Name, e.g. "Lạng Sơn". */
  name: Scalars['String']['output'];
};

/** Filter for allProvinces. */
export type ProvinceFilter = {
  ids?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Search in code and name. */
  q?: InputMaybe<Scalars['String']['input']>;
};

/** The fields allProvinces sorts by (its `sortField`). */
export type ProvinceSortField =
  | 'code'
  | 'createdAt'
  | 'id'
  | 'name';

export type Query = {
  __typename?: 'Query';
  /** One Agency by id. */
  Agency: Agency;
  /** One ApiToken by id. */
  ApiToken: ApiToken;
  /** One Assignment by id. */
  Assignment: Assignment;
  /** One AuditEvent by id. */
  AuditEvent: AuditEvent;
  /** One Congress by id. */
  Congress: Congress;
  /** One Indicator by id. */
  Indicator: Indicator;
  /** One KeyTask by id. */
  KeyTask: KeyTask;
  /** One Measurement by id. */
  Measurement: Measurement;
  /** One Province by id. */
  Province: Province;
  /** One Reminder by id. */
  Reminder: Reminder;
  /** One Resolution by id. */
  Resolution: Resolution;
  /** One Target by id. */
  Target: Target;
  /** One User by id. */
  User: User;
  /** How many Agencies match the filter. */
  _allAgenciesMeta: ListMetadata;
  /** The values allAgencies accepts as `sortField`. */
  _allAgenciesSortFields: Array<AgencySortField>;
  /** How many ApiTokens match the filter. */
  _allApiTokensMeta: ListMetadata;
  /** The values allApiTokens accepts as `sortField`. */
  _allApiTokensSortFields: Array<ApiTokenSortField>;
  /** How many Assignments match the filter. */
  _allAssignmentsMeta: ListMetadata;
  /** The values allAssignments accepts as `sortField`. */
  _allAssignmentsSortFields: Array<AssignmentSortField>;
  /** How many AuditEvents match the filter. */
  _allAuditEventsMeta: ListMetadata;
  /** The values allAuditEvents accepts as `sortField`. */
  _allAuditEventsSortFields: Array<AuditEventSortField>;
  /** How many Congresses match the filter. */
  _allCongressesMeta: ListMetadata;
  /** The values allCongresses accepts as `sortField`. */
  _allCongressesSortFields: Array<CongressSortField>;
  /** How many Indicators match the filter. */
  _allIndicatorsMeta: ListMetadata;
  /** The values allIndicators accepts as `sortField`. */
  _allIndicatorsSortFields: Array<IndicatorSortField>;
  /** How many KeyTasks match the filter. */
  _allKeyTasksMeta: ListMetadata;
  /** The values allKeyTasks accepts as `sortField`. */
  _allKeyTasksSortFields: Array<KeyTaskSortField>;
  /** How many Measurements match the filter. */
  _allMeasurementsMeta: ListMetadata;
  /** The values allMeasurements accepts as `sortField`. */
  _allMeasurementsSortFields: Array<MeasurementSortField>;
  /** How many Provinces match the filter. */
  _allProvincesMeta: ListMetadata;
  /** The values allProvinces accepts as `sortField`. */
  _allProvincesSortFields: Array<ProvinceSortField>;
  /** How many Reminders match the filter. */
  _allRemindersMeta: ListMetadata;
  /** The values allReminders accepts as `sortField`. */
  _allRemindersSortFields: Array<ReminderSortField>;
  /** How many Resolutions match the filter. */
  _allResolutionsMeta: ListMetadata;
  /** The values allResolutions accepts as `sortField`. */
  _allResolutionsSortFields: Array<ResolutionSortField>;
  /** How many Targets match the filter. */
  _allTargetsMeta: ListMetadata;
  /** The values allTargets accepts as `sortField`. */
  _allTargetsSortFields: Array<TargetSortField>;
  /** How many Users match the filter. */
  _allUsersMeta: ListMetadata;
  /** The values allUsers accepts as `sortField`. */
  _allUsersSortFields: Array<UserSortField>;
  /** A page of Agencies, 0-based. */
  allAgencies: Array<Agency>;
  /** A page of ApiTokens, 0-based. */
  allApiTokens: Array<ApiToken>;
  /** A page of Assignments, 0-based. */
  allAssignments: Array<Assignment>;
  /** A page of AuditEvents, 0-based. */
  allAuditEvents: Array<AuditEvent>;
  /** A page of Congresses, 0-based. */
  allCongresses: Array<Congress>;
  /** A page of Indicators, 0-based. */
  allIndicators: Array<Indicator>;
  /** A page of KeyTasks, 0-based. */
  allKeyTasks: Array<KeyTask>;
  /** A page of Measurements, 0-based. */
  allMeasurements: Array<Measurement>;
  /** A page of Provinces, 0-based. */
  allProvinces: Array<Province>;
  /** A page of Reminders, 0-based. */
  allReminders: Array<Reminder>;
  /** A page of Resolutions, 0-based. */
  allResolutions: Array<Resolution>;
  /** A page of Targets, 0-based. */
  allTargets: Array<Target>;
  /** A page of Users, 0-based. */
  allUsers: Array<User>;
  /** Previews carrying the previous term's assignments to the new term's continuing indicators: each open assignment of a predecessor, mapped to the same agency, its successor, or none. Nothing is written. */
  assignmentCarryForward: CarryForwardPlan;
  /** The caller. */
  me: Me;
  /** The figure workflow's transition table. */
  measurementWorkflow: Array<WorkflowStep>;
  /** Which kinds of reminder the caller receives. */
  myReminderSettings: Array<ReminderSetting>;
  /** Reads the main-targets section of a congress resolution, as pasted, into a draft of targets and indicators (kind, comparator, bounds, unit, year, direction and the problems to review). Rule-based and offline; nothing is written. The text (at most 256 KB) goes in a variable: a query document is limited to 20,000 characters. */
  parseResolutionTargets: ResolutionDraft;
  /** How many targets are met ("Đạt và vượt N/20 chỉ tiêu"), at risk or without data; as of a date if given. */
  progressSummary: ProgressSummary;
  /** Assignments whose figure for the period has not been submitted yet, with how late each is. */
  reportingCompleteness: Array<MissingReport>;
};


export type QueryAgencyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAssignmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAuditEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCongressArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndicatorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKeyTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeasurementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProvinceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReminderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResolutionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTargetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type Query_AllAgenciesMetaArgs = {
  filter?: InputMaybe<AgencyFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type Query_AllApiTokensMetaArgs = {
  filter?: InputMaybe<ApiTokenFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type Query_AllAssignmentsMetaArgs = {
  filter?: InputMaybe<AssignmentFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type Query_AllAuditEventsMetaArgs = {
  filter?: InputMaybe<AuditEventFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type Query_AllCongressesMetaArgs = {
  filter?: InputMaybe<CongressFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type Query_AllIndicatorsMetaArgs = {
  filter?: InputMaybe<IndicatorFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type Query_AllKeyTasksMetaArgs = {
  filter?: InputMaybe<KeyTaskFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type Query_AllMeasurementsMetaArgs = {
  filter?: InputMaybe<MeasurementFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type Query_AllProvincesMetaArgs = {
  filter?: InputMaybe<ProvinceFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type Query_AllRemindersMetaArgs = {
  filter?: InputMaybe<ReminderFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type Query_AllResolutionsMetaArgs = {
  filter?: InputMaybe<ResolutionFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type Query_AllTargetsMetaArgs = {
  filter?: InputMaybe<TargetFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type Query_AllUsersMetaArgs = {
  filter?: InputMaybe<UserFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllAgenciesArgs = {
  filter?: InputMaybe<AgencyFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllApiTokensArgs = {
  filter?: InputMaybe<ApiTokenFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllAssignmentsArgs = {
  filter?: InputMaybe<AssignmentFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllAuditEventsArgs = {
  filter?: InputMaybe<AuditEventFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllCongressesArgs = {
  filter?: InputMaybe<CongressFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllIndicatorsArgs = {
  filter?: InputMaybe<IndicatorFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllKeyTasksArgs = {
  filter?: InputMaybe<KeyTaskFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllMeasurementsArgs = {
  filter?: InputMaybe<MeasurementFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllProvincesArgs = {
  filter?: InputMaybe<ProvinceFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllRemindersArgs = {
  filter?: InputMaybe<ReminderFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllResolutionsArgs = {
  filter?: InputMaybe<ResolutionFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllTargetsArgs = {
  filter?: InputMaybe<TargetFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllUsersArgs = {
  filter?: InputMaybe<UserFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAssignmentCarryForwardArgs = {
  congressId: Scalars['ID']['input'];
  previousCongressId: Scalars['ID']['input'];
  startsOn?: InputMaybe<Scalars['LocalDate']['input']>;
};


export type QueryParseResolutionTargetsArgs = {
  congressId?: InputMaybe<Scalars['ID']['input']>;
  termEndYear: Scalars['Int']['input'];
  text: Scalars['String']['input'];
};


export type QueryProgressSummaryArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  congressId: Scalars['ID']['input'];
};


export type QueryReportingCompletenessArgs = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  congressId: Scalars['ID']['input'];
  period?: InputMaybe<PeriodType>;
  year: Scalars['Int']['input'];
};

/** A reminder sent to a user by e-mail or kept in the admin's bell. */
export type Reminder = {
  __typename?: 'Reminder';
  /** Tries at the SMTP server so far. */
  attempts: Scalars['Int']['output'];
  body: Scalars['String']['output'];
  channel: ReminderChannel;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The day (Vietnam) it is for. */
  day: Scalars['LocalDate']['output'];
  /** The e-mail address it went to. */
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: ReminderKind;
  /** Why the last try failed. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** Where in the admin to act on it. */
  link: Scalars['String']['output'];
  /** The figure, when there is one. */
  measurementId?: Maybe<Scalars['ID']['output']>;
  /** When the recipient read it in the admin. */
  readAt?: Maybe<Scalars['DateTimeISO']['output']>;
  sentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: ReminderStatus;
  subject: Scalars['String']['output'];
  /** What it is about: "<assignment>:<year>:<period>" for a due figure, "<figure>:<version>" for a return or reopening, "digest". */
  subjectKey: Scalars['String']['output'];
  /** The recipient. */
  userId: Scalars['ID']['output'];
};

export type ReminderChannel =
  | 'EMAIL'
  | 'IN_APP';

/** Filter for allReminders. */
export type ReminderFilter = {
  channel?: InputMaybe<ReminderChannel>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<ReminderKind>;
  /** Only the caller's own (the bell). */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Search in subject and e-mail address. */
  q?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ReminderStatus>;
  /** Only those not read yet. */
  unread?: InputMaybe<Scalars['Boolean']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** DUE_SOON (sắp đến hạn), LATE (quá hạn), DIGEST (số liệu chờ duyệt), REOPENED (số liệu đã duyệt bị mở lại), RETURNED (số liệu bị trả lại). */
export type ReminderKind =
  | 'DIGEST'
  | 'DUE_SOON'
  | 'LATE'
  | 'REOPENED'
  | 'RETURNED';

/** One kind of reminder and whether the caller receives it. */
export type ReminderSetting = {
  __typename?: 'ReminderSetting';
  enabled: Scalars['Boolean']['output'];
  kind: ReminderKind;
};

/** The fields allReminders sorts by (its `sortField`). */
export type ReminderSortField =
  | 'createdAt'
  | 'day'
  | 'id'
  | 'kind'
  | 'sentAt'
  | 'status';

export type ReminderStatus =
  | 'QUEUED'
  | 'SENDING'
  | 'SENT';

export type ReportingFrequency =
  | 'HALF_YEARLY'
  | 'QUARTERLY'
  | 'YEARLY';

/** The resolution (Nghị quyết) a congress adopted. */
export type Resolution = {
  __typename?: 'Resolution';
  /** Date of adoption. */
  adoptedOn: Scalars['LocalDate']['output'];
  /** Assessment, viewpoints and general goal, in order. */
  clauses: Array<ResolutionClause>;
  congress: Congress;
  congressId: Scalars['ID']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Date of the implementing directive. */
  directiveDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Number of the implementing directive ("01-CT/TU"). */
  directiveNumber?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The full source text, verbatim. */
  sourceText: Scalars['String']['output'];
  /** Where the text was published. */
  sourceTitle: Scalars['String']['output'];
  /** Title, in Vietnamese. */
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** The resolution (Nghị quyết) a congress adopted. */
export type ResolutionClausesArgs = {
  kind?: InputMaybe<ClauseKind>;
};

/** An ordered text item of a resolution: assessment, viewpoint or general goal. */
export type ResolutionClause = {
  __typename?: 'ResolutionClause';
  id: Scalars['ID']['output'];
  kind: ClauseKind;
  /** Order within the resolution, from 1. */
  position: Scalars['Int']['output'];
  resolutionId: Scalars['ID']['output'];
  /** Verbatim text. */
  text: Scalars['String']['output'];
};

/** The draft of a resolution's main targets, read from its text. Nothing is saved. */
export type ResolutionDraft = {
  __typename?: 'ResolutionDraft';
  targets: Array<DraftTarget>;
};

/** Filter for allResolutions. */
export type ResolutionFilter = {
  congressId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Search in the title. */
  q?: InputMaybe<Scalars['String']['input']>;
};

/** What confirming a draft wrote. */
export type ResolutionImportResult = {
  __typename?: 'ResolutionImportResult';
  /** The audit batch of what was written; none when nothing was. */
  batchId?: Maybe<Scalars['ID']['output']>;
  createdIndicators: Scalars['Int']['output'];
  createdTargets: Scalars['Int']['output'];
  /** Targets already there with the same number and text: not written again. */
  skippedTargets: Scalars['Int']['output'];
};

/** The fields allResolutions sorts by (its `sortField`). */
export type ResolutionSortField =
  | 'adoptedOn'
  | 'id'
  | 'title';

export type Role =
  | 'ADMIN'
  | 'AGENCY_HEAD'
  | 'REPORTER'
  | 'VIEWER';

/** What one sendDueReminders call found, recorded and sent. */
export type SendDueRemindersResult = {
  __typename?: 'SendDueRemindersResult';
  dryRun: Scalars['Boolean']['output'];
  /** Due now (before the once-a-day check). */
  due: Scalars['Int']['output'];
  /** Refused or unreachable: queued and retried. */
  failed: Scalars['Int']['output'];
  /** The due reminders (at most 200 listed). */
  items: Array<DueReminderItem>;
  /** Recorded by this call (none already sent today). */
  recorded: Scalars['Int']['output'];
  /** Accepted by the SMTP server. */
  sent: Scalars['Int']['output'];
};

/** One year's figure of a series across terms. */
export type SeriesPoint = {
  __typename?: 'SeriesPoint';
  /** APPROVED, unless unapproved figures were asked for and the caller may read one. */
  status: MeasurementStatus;
  value: Scalars['Decimal']['output'];
  valueKind: ValueKind;
  year: Scalars['Int']['output'];
};

/** A main target (chỉ tiêu chủ yếu) of a resolution, numbered 1–20 in Lạng Sơn XVII. */
export type Target = {
  __typename?: 'Target';
  /** The province's own latest verdict on the target (as of a date, if given). */
  assessment?: Maybe<TargetAssessment>;
  /** Every assessment of the target, newest first. */
  assessments: Array<TargetAssessment>;
  congress: Congress;
  congressId: Scalars['ID']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  domain: TargetDomain;
  /** Who changed this record, when, what and why; oldest first. */
  history: Array<AuditEvent>;
  id: Scalars['ID']['output'];
  /** Its measurable indicators, in order. */
  indicators: Array<Indicator>;
  /** Ids of the key tasks this target serves. */
  keyTaskIds: Array<Scalars['ID']['output']>;
  /** Key tasks this target serves. */
  keyTasks: Array<KeyTask>;
  /** Number of the target in the resolution. */
  number: Scalars['Int']['output'];
  /** Met when every indicator is met. */
  progress: CombinedProgress;
  /** Verbatim text of the resolution. */
  text: Scalars['String']['output'];
  /** Short title, in Vietnamese. */
  title: Scalars['String']['output'];
  /** Short title, in English. */
  titleEn: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** A main target (chỉ tiêu chủ yếu) of a resolution, numbered 1–20 in Lạng Sơn XVII. */
export type TargetAssessmentArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
};


/** A main target (chỉ tiêu chủ yếu) of a resolution, numbered 1–20 in Lạng Sơn XVII. */
export type TargetProgressArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** The province's own verdict on a target (Vượt, Đạt, Không đạt), with its reason and the document it comes from; shown beside the computed verdict, never replacing it. */
export type TargetAssessment = {
  __typename?: 'TargetAssessment';
  createdAt: Scalars['DateTimeISO']['output'];
  /** The document the verdict comes from (Báo cáo chính trị, a resolution). */
  document: Scalars['String']['output'];
  /** The document's date. */
  documentDate: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  /** Why, as the document says it. */
  reason: Scalars['String']['output'];
  recordedById?: Maybe<Scalars['ID']['output']>;
  targetId: Scalars['ID']['output'];
  verdict: AssessedVerdict;
};

export type TargetDomain =
  | 'ECONOMY'
  | 'ENVIRONMENT'
  | 'PARTY_BUILDING'
  | 'SECURITY'
  | 'SOCIETY';

/** Filter for allTargets. */
export type TargetFilter = {
  /** Targets with an indicator actively assigned to this agency. */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  congressId?: InputMaybe<Scalars['ID']['input']>;
  domain?: InputMaybe<TargetDomain>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Targets that serve this key task. */
  keyTaskId?: InputMaybe<Scalars['ID']['input']>;
  number?: InputMaybe<Scalars['Int']['input']>;
  /** Search in title and verbatim text. */
  q?: InputMaybe<Scalars['String']['input']>;
};

/** One target's line in the summary. */
export type TargetProgressLine = {
  __typename?: 'TargetProgressLine';
  /** The province's own latest verdict on the target, beside the computed one. */
  assessment?: Maybe<TargetAssessment>;
  /** True when the province's own verdict differs from the computed one (false without an assessment). */
  assessmentDiffers: Scalars['Boolean']['output'];
  progress: CombinedProgress;
  target: Target;
};

/** The fields allTargets sorts by (its `sortField`). */
export type TargetSortField =
  | 'createdAt'
  | 'domain'
  | 'id'
  | 'number'
  | 'title';

/** The figures of one indicator in its own term. */
export type TermSeries = {
  __typename?: 'TermSeries';
  /** The indicator's code in that term ("1.a"). */
  code: Scalars['String']['output'];
  congressId: Scalars['ID']['output'];
  congressOrdinal: Scalars['Int']['output'];
  indicatorId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The term's years (after its base year), oldest first. */
  points: Array<SeriesPoint>;
  termEndYear: Scalars['Int']['output'];
  termStartYear: Scalars['Int']['output'];
  unit: Scalars['String']['output'];
};

/** During the term: đúng tiến độ (ON_TRACK), có nguy cơ (AT_RISK), chậm tiến độ (OFF_TRACK). */
export type TrackStatus =
  | 'AT_RISK'
  | 'OFF_TRACK'
  | 'ON_TRACK';

export type UnitKind =
  | 'AMOUNT'
  | 'CHANGE_RATE'
  | 'COUNT'
  | 'PERCENT';

/** A person who signs in. Heads and reporters belong to an agency. */
export type User = {
  __typename?: 'User';
  /** False once deactivated; a deactivated user cannot sign in. */
  active: Scalars['Boolean']['output'];
  agency?: Maybe<Agency>;
  agencyId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Sign-in e-mail, lower case. */
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastLoginAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Full name. */
  name: Scalars['String']['output'];
  /** The province the user acts within (null: all, for national administrators). */
  provinceId?: Maybe<Scalars['ID']['output']>;
  role: Role;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** Filter for allUsers. */
export type UserFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Search in e-mail and name. */
  q?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
};

/** The fields allUsers sorts by (its `sortField`). */
export type UserSortField =
  | 'createdAt'
  | 'email'
  | 'id'
  | 'lastLoginAt'
  | 'name'
  | 'role';

export type ValueKind =
  | 'ESTIMATE'
  | 'OFFICIAL';

/** Vượt (EXCEEDED), Đạt (MET), Không đạt (NOT_MET), Chưa có số liệu (NO_DATA). */
export type Verdict =
  | 'EXCEEDED'
  | 'MET'
  | 'NOT_MET'
  | 'NO_DATA';

/** One step of a figure's workflow (its own mutation, e.g. submitMeasurement). */
export type WorkflowStep = {
  __typename?: 'WorkflowStep';
  /** The states it may start from. */
  from: Array<MeasurementStatus>;
  /** edit, submit, approve, return or reopen. */
  name: Scalars['String']['output'];
  /** What the caller needs. */
  permission: Permission;
  /** Whether the caller must give a reason. */
  reasonRequired: Scalars['Boolean']['output'];
  /** Whether the caller acts as the figure's reviewer (their own agency's, or any with ReviewAnyAgency) rather than its reporter. */
  review: Scalars['Boolean']['output'];
  /** The state after it; null keeps it (edit). */
  to?: Maybe<MeasurementStatus>;
};
