/** Enumerations shared by entities, GraphQL types and seed data. */

/** How an indicator's goal is worded in the resolution. */
export enum IndicatorKind {
  /** A level to reach by the last year of the term ("65% forest cover by 2025"). */
  END_OF_TERM_LEVEL = "END_OF_TERM_LEVEL",
  /** A threshold every single year ("9,000 ha planted each year"). */
  EVERY_YEAR = "EVERY_YEAR",
  /** A compound average yearly rate over the term ("GRDP growth averaging 7–7.5%"). */
  AVERAGE_ANNUAL_RATE = "AVERAGE_ANNUAL_RATE",
  /** A total summed over the term ("166–168 thousand billion VND invested"). */
  TERM_TOTAL = "TERM_TOTAL",
}

export enum Comparator {
  AT_LEAST = "AT_LEAST",
  AT_MOST = "AT_MOST",
  LESS_THAN = "LESS_THAN",
  /** A range: targetMin ≤ value ≤ targetMax. */
  BETWEEN = "BETWEEN",
}

/** What kind of quantity a value is; drives validation of submitted figures. */
export enum UnitKind {
  /** A share or rate in percent, 0–100 (or a growth rate, which may be negative). */
  PERCENT = "PERCENT",
  /** A non-negative whole number (communes, schools, party members, visits). */
  COUNT = "COUNT",
  /** A non-negative amount (money, hectares, doctors per 10,000 people). */
  AMOUNT = "AMOUNT",
  /** A signed rate of change in percent (growth, reduction); may be negative. */
  CHANGE_RATE = "CHANGE_RATE",
}

export enum TargetDomain {
  ECONOMY = "ECONOMY",
  SOCIETY = "SOCIETY",
  ENVIRONMENT = "ENVIRONMENT",
  SECURITY = "SECURITY",
  PARTY_BUILDING = "PARTY_BUILDING",
}

export enum ClauseKind {
  /** Đánh giá tình hình nhiệm kỳ trước. */
  ASSESSMENT = "ASSESSMENT",
  /** Quan điểm. */
  VIEWPOINT = "VIEWPOINT",
  /** Mục tiêu tổng quát. */
  GENERAL_GOAL = "GENERAL_GOAL",
}

export enum AgencyKind {
  /** Sở, ban, ngành of the provincial People's Committee. */
  DEPARTMENT = "DEPARTMENT",
  /** Ban của Tỉnh ủy. */
  PARTY_BOARD = "PARTY_BOARD",
  /** Provincial office of a central branch (statistics, tax, social insurance, police). */
  CENTRAL_BRANCH = "CENTRAL_BRANCH",
  /** Huyện, thành phố: the district level, which ended on 30/6/2025. */
  DISTRICT = "DISTRICT",
  /** Xã: a commune of the two-level local government, from 1/7/2025. */
  COMMUNE = "COMMUNE",
  /** Phường: a ward of the two-level local government, from 1/7/2025. */
  WARD = "WARD",
  OTHER = "OTHER",
}

/** chủ trì = LEAD, phối hợp = COORDINATE. */
export enum AssignmentRole {
  LEAD = "LEAD",
  COORDINATE = "COORDINATE",
}

export enum ReportingFrequency {
  YEARLY = "YEARLY",
  HALF_YEARLY = "HALF_YEARLY",
  QUARTERLY = "QUARTERLY",
}

export enum PeriodType {
  YEAR = "YEAR",
  H1 = "H1",
  Q1 = "Q1",
  Q2 = "Q2",
  Q3 = "Q3",
  Q4 = "Q4",
  /**
   * The whole term (cả nhiệm kỳ), for AVERAGE_ANNUAL_RATE and TERM_TOTAL indicators: the
   * statistics office's "bình quân 2021–2025". Its year is the term's last year.
   */
  TERM = "TERM",
}

/** ước tính = ESTIMATE, chính thức = OFFICIAL. */
export enum ValueKind {
  ESTIMATE = "ESTIMATE",
  OFFICIAL = "OFFICIAL",
}

export enum MeasurementStatus {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
  RETURNED = "RETURNED",
  APPROVED = "APPROVED",
}

export enum Role {
  ADMIN = "ADMIN",
  AGENCY_HEAD = "AGENCY_HEAD",
  REPORTER = "REPORTER",
  VIEWER = "VIEWER",
}

/**
 * Which way is better for an indicator. It decides what a value outside a range means: the
 * resolution wants the farm share of GRDP to fall to 17–18% (LOWER_IS_BETTER: 20,28% is not
 * met), an industry share of 28,33% against 25–26% is exceeded (HIGHER_IS_BETTER), and a
 * product-tax share is to stay within 4–5% (WITHIN_RANGE).
 */
export enum Direction {
  HIGHER_IS_BETTER = "HIGHER_IS_BETTER",
  LOWER_IS_BETTER = "LOWER_IS_BETTER",
  WITHIN_RANGE = "WITHIN_RANGE",
}

/** The province's own verdict on a target: Vượt, Đạt, Không đạt. */
export enum AssessedVerdict {
  EXCEEDED = "EXCEEDED",
  MET = "MET",
  NOT_MET = "NOT_MET",
}
