/**
 * Reporting completeness: for a period, the lead assignments (chủ trì, who
 * report the figure) with no submitted or approved figure yet, and how late
 * each is. Deadlines are reckoned in Vietnam's time zone.
 */
import { addDays, daysBetween, vietnamDate } from "../../common/dates";
import { AssignmentRole, PeriodType, ReportingFrequency } from "../../common/enums";
import { badInput } from "../../common/errors";
import type { RequestContext } from "../../context";
import { Agency } from "../agency/agency.entity";
import { Assignment } from "../assignment/assignment.entity";
import { Indicator } from "../indicator/indicator.entity";
import type { MissingReport } from "./progress.types";
import { mayReadUnpublishedOf } from "../measurement/measurement.scope";

const PERIOD_END: Record<PeriodType, string> = {
  YEAR: "12-31",
  H1: "06-30",
  Q1: "03-31",
  Q2: "06-30",
  Q3: "09-30",
  Q4: "12-31",
  TERM: "12-31",
};

/** Which reporting frequencies owe a figure for a period. */
const OWED_BY: Record<PeriodType, ReportingFrequency[]> = {
  YEAR: [ReportingFrequency.YEARLY, ReportingFrequency.HALF_YEARLY, ReportingFrequency.QUARTERLY],
  H1: [ReportingFrequency.HALF_YEARLY],
  Q1: [ReportingFrequency.QUARTERLY],
  Q2: [ReportingFrequency.QUARTERLY],
  Q3: [ReportingFrequency.QUARTERLY],
  Q4: [ReportingFrequency.QUARTERLY],
  // A whole-term figure is welcome but never owed: the yearly ones are.
  TERM: [],
};

export async function missingReports(
  ctx: RequestContext,
  congressId: string,
  year: number,
  period: PeriodType,
  agencyId?: string,
): Promise<MissingReport[]> {
  if (!Number.isInteger(year) || year < 1990 || year > 2100)
    throw badInput("year", "Năm không hợp lệ (year out of range)");
  const periodEnd = `${year}-${PERIOD_END[period]}`;
  const rows: { assignment_id: string; state: string | null; measurement_id: string | null }[] =
    await ctx.db.query(
      `SELECT a.id AS assignment_id, f.status AS state, f.id AS measurement_id
       FROM assignment a
       LEFT JOIN LATERAL (SELECT m.id, m.status::text AS status FROM measurement m
              WHERE m.indicator_id = a.indicator_id AND m.agency_id = a.agency_id AND m.year = $2 AND m.period = $3
              ORDER BY (m.status IN ('SUBMITTED', 'APPROVED')) DESC, m.updated_at DESC LIMIT 1) f ON true
       JOIN indicator i ON i.id = a.indicator_id AND i.active
       JOIN target t ON t.id = i.target_id AND t.congress_id = $1
      WHERE a.role = $4 AND a.starts_on <= $5 AND (a.ends_on IS NULL OR a.ends_on >= $5)
        AND a.frequency::text = ANY($6::text[]) AND ($7::uuid IS NULL OR a.agency_id = $7)`,
      [congressId, year, period, AssignmentRole.LEAD, periodEnd, OWED_BY[period], agencyId ?? null],
    );
  const owed = rows.filter((r) => r.state !== "SUBMITTED" && r.state !== "APPROVED");
  const assignments = await ctx.loaders.byId(Assignment).loadMany(owed.map((r) => r.assignment_id));
  const today = vietnamDate();
  const result: MissingReport[] = [];
  for (const [index, row] of owed.entries()) {
    const assignment = assignments[index] as Assignment;
    const [agency, indicator] = await Promise.all([
      ctx.loaders.byId(Agency).load(assignment.agencyId),
      ctx.loaders.byId(Indicator).load(assignment.indicatorId),
    ]);
    // Drafts and returns are internal to the agency (and the provincial office).
    const insider = mayReadUnpublishedOf(ctx, assignment.agencyId);
    const dueOn = addDays(periodEnd, assignment.dueDaysAfterPeriod);
    result.push({
      assignment,
      agency: agency!,
      indicator: indicator!,
      year,
      period,
      state: row.state && insider ? row.state : "MISSING",
      // The draft or returned figure itself (its reason, a link to it): for insiders only.
      measurementId: insider ? row.measurement_id : null,
      dueOn,
      daysLate: Math.max(0, daysBetween(dueOn, today)),
    });
  }
  return result.sort(
    (a, b) =>
      b.daysLate - a.daysLate ||
      a.indicator.code.localeCompare(b.indicator.code, "vi", { numeric: true }),
  );
}
