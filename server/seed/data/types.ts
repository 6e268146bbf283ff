/**
 * Shapes of the seed data. Every fact and number in the files beside this one
 * must be traceable to ../shared/source/resolution-lang-son-xvii.txt (the
 * resolution) or ../shared/source/reported-figures.md (reported figures), or
 * be a well-known public fact about Lạng Sơn's administration (agency names).
 * Decimal numbers are strings ("7.5") so they reach numeric columns exactly.
 */
import type {
  AgencyKind,
  AssignmentRole,
  ClauseKind,
  Comparator,
  Direction,
  IndicatorKind,
  PeriodType,
  ReportingFrequency,
  TargetDomain,
  UnitKind,
  ValueKind,
} from "../../common/enums";

export interface ProvinceSeed {
  code: string;
  name: string;
}

export interface CongressSeed {
  ordinal: number;
  partyCommittee: string;
  termStartYear: number;
  termEndYear: number;
  /** ISO dates, Vietnam time. */
  heldFrom: string;
  heldTo: string;
  place: string;
  executiveCommitteeSize: number;
  nationalDelegates: number;
  nationalAlternates: number;
  delegateCount?: number;
  standingCommitteeSize?: number;
  inspectionCommitteeSize?: number;
  motto?: string;
  theme?: string;
}

export interface ClauseSeed {
  kind: ClauseKind;
  /** Verbatim text from the resolution (whitespace may be normalised). */
  text: string;
}

export interface ResolutionSeed {
  title: string;
  /** ISO date the congress adopted it. */
  adoptedOn: string;
  directiveNumber: string | null;
  directiveDate: string | null;
  sourceTitle: string;
  clauses: ClauseSeed[];
}

export interface KeyTaskSeed {
  ordinal: number;
  /** Short Vietnamese title of our own, for lists. */
  title: string;
  titleEn: string;
  /** Verbatim text after "Một là:", "Hai là:" ... */
  text: string;
}

export interface IndicatorSeed {
  /** `<target number>.<letter>`, e.g. "12.b"; a target with one indicator uses ".a". */
  code: string;
  name: string;
  nameEn: string;
  /** Unit as the resolution writes it: "%", "USD/người", "lượt người", "tỷ đồng", "nghìn tỷ đồng", "xã", "trường", "bác sỹ/vạn dân", "giường bệnh/vạn dân", "ha", "đảng viên". */
  unit: string;
  unitKind: UnitKind;
  kind: IndicatorKind;
  comparator: Comparator;
  /** Which way is better; a comment beside it says why where it is not obvious. */
  direction: Direction;
  /** Where the measure changed during the term (source: shared/source/reported-figures-2021-2025.md). */
  methodologyNote?: string;
  /** Lower bound (AT_LEAST, BETWEEN). */
  targetMin?: string;
  /** Upper bound (AT_MOST, LESS_THAN, BETWEEN). */
  targetMax?: string;
  /** Only where a source gives one; the resolution itself gives none. */
  baselineYear?: number;
  baselineValue?: string;
  /** Verbatim phrase of the resolution this indicator comes from: must be a substring of the source (whitespace-normalised). */
  sourcePhrase: string;
}

export interface TargetSeed {
  number: number;
  title: string;
  titleEn: string;
  /** Verbatim text of the target, without the "(n)" prefix. */
  text: string;
  domain: TargetDomain;
  /** Ordinals of the key tasks this target serves. */
  keyTaskOrdinals: number[];
  indicators: IndicatorSeed[];
}

export interface AgencySeed {
  /** Stable short code, e.g. "SO-KHDT", "CTK", "H-TRANGDINH". */
  code: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  parentCode?: string;
  /** ISO dates. */
  validFrom?: string;
  validTo?: string;
  successorCode?: string;
}

export interface AssignmentSeed {
  indicatorCode: string;
  agencyCode: string;
  role: AssignmentRole;
  frequency: ReportingFrequency;
  /** Days after the end of a period by which its figure is due. */
  dueDaysAfterPeriod: number;
  note?: string;
  /** ISO date the assignment starts (term start) and, for merged agencies, ends. */
  startsOn: string;
  endsOn?: string;
}

export interface MeasurementSeed {
  indicatorCode: string;
  agencyCode: string;
  year: number;
  period: PeriodType;
  /** In the indicator's unit (converted where the report used another unit). */
  value: string;
  valueKind: ValueKind;
  source: string;
  /** ISO date; where the source gives only a month or a year, its last day (see reportedOnText). */
  reportedOn: string;
  /** The date as the source gives it ("10/2025"), when it is not a full date. */
  reportedOnText?: string;
  note?: string;
  reportedValue?: string;
  reportedUnit?: string;
  conversionRate?: string;
  rateSource?: string;
  methodologyNote?: string;
}
