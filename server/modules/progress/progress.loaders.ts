/**
 * The figures progress is computed from: approved ones, as they were on a
 * date. Approved figures are read-only, so the value at approval is the value
 * in the approve event's `after`; a figure reopened after the date still
 * counted on it. Seeded or imported figures, approved without a workflow,
 * stand for approvals made before the system and count on any date.
 *
 * A figure that says when it was reported (`reportedOn`) is what was known
 * from that date: as of an earlier date it does not count, whenever it was
 * approved, and as of a later one it counts while it stays approved (entered
 * after the fact, the September estimate still counts on 30/09). Several
 * approved versions of a period are listed in the order they became current:
 * by reported-on date, then approval; the rules keep the last of each kind.
 */
import type DataLoader from "dataloader";
import { MeasurementStatus, type PeriodType, type ValueKind } from "../../common/enums";
import type { RequestContext } from "../../context";
import { Congress } from "../congress/congress.entity";
import { Indicator } from "../indicator/indicator.entity";
import { Target } from "../target/target.entity";
import type { Figure, Term } from "./rules";

/** The end of a Vietnamese calendar day, as an instant. */
export function endOfDayVietnam(date: string): Date {
  return new Date(`${date}T23:59:59.999+07:00`);
}

/**
 * The rules count only yearly figures of the term's years (after the base
 * year): read just those, not every quarter of every year. Per indicator (`i`,
 * narrowed by the caller), one index scan bounded by its congress's term: the
 * planner, left to join figures to congresses itself, read every congress's
 * figures of those years (all 63 congresses share the term) and took 4× longer.
 */
const termFigures = (where: string) => `indicator i
  JOIN target t ON t.id = i.target_id JOIN congress c ON c.id = t.congress_id
  CROSS JOIN LATERAL (SELECT m.* FROM measurement m
    WHERE m.indicator_id = i.id AND m.period IN ('YEAR', 'TERM')
      AND m.year > c.term_start_year AND m.year <= c.term_end_year ${where}) m`;

/** The order versions of a period became current in. */
const CURRENT_ORDER = `ORDER BY COALESCE(m.reported_on, (m.reviewed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
  (m.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date), m.reviewed_at NULLS FIRST, m.created_at, m.id`;

interface Row {
  id: string;
  indicator_id: string;
  year: number;
  period: PeriodType;
  value: string;
  value_kind: ValueKind;
  status: MeasurementStatus;
  created_at: Date;
  reported_on: string | null;
  last_action: string | null;
  last_value: string | null;
}

export function approvedFigures(
  ctx: RequestContext,
  asOf: string | null,
): DataLoader<string, Figure[]> {
  return ctx.loaders.custom(
    `approvedFigures:${asOf ?? "now"}`,
    async (indicatorIds: readonly string[]) => {
      const rows: Row[] = asOf
        ? await ctx.db.query(
            `SELECT m.id, m.indicator_id, m.year, m.period, m.value, m.value_kind, m.status, m.created_at,
                  m.reported_on::text AS reported_on,
                  e.action AS last_action, e.after->>'value' AS last_value
             FROM ${termFigures("")}
             LEFT JOIN LATERAL (
               SELECT a.action, a.after FROM audit_event a
                WHERE a.entity_id = m.id AND a.action IN ('Measurement.approve', 'Measurement.reopen') AND a.at <= $2
                ORDER BY a.at DESC LIMIT 1) e ON true
            WHERE i.id = ANY($1::uuid[]) ${CURRENT_ORDER}`,
            [indicatorIds, endOfDayVietnam(asOf)],
          )
        : await ctx.db.query(
            `SELECT m.id, m.indicator_id, m.year, m.period, m.value, m.value_kind, m.status, m.created_at,
                  m.reported_on::text AS reported_on, NULL AS last_action, NULL AS last_value
             FROM ${termFigures("AND m.status = 'APPROVED'")}
            WHERE i.id = ANY($1::uuid[]) ${CURRENT_ORDER}`,
            [indicatorIds],
          );
      const groups = new Map<string, Figure[]>(indicatorIds.map((id) => [id, []]));
      for (const row of rows) {
        const value = !asOf
          ? row.value
          : row.reported_on !== null
            ? row.reported_on <= asOf && row.status === MeasurementStatus.APPROVED
              ? row.value // reported by then; approved since (entered after the fact)
              : null
            : row.last_action === "Measurement.approve"
              ? row.last_value
              : row.last_action === null && row.status === MeasurementStatus.APPROVED
                ? row.value // seeded: approved without a workflow
                : null;
        if (value === null) continue;
        groups
          .get(row.indicator_id)!
          .push({ year: row.year, period: row.period, value, valueKind: row.value_kind });
      }
      return indicatorIds.map((id) => groups.get(id)!);
    },
  );
}

/** The term of the congress an indicator belongs to. */
export async function termOf(ctx: RequestContext, indicator: Indicator): Promise<Term> {
  const target = await ctx.loaders.byId(Target).load(indicator.targetId);
  const congress = await ctx.loaders.byId(Congress).load(target!.congressId);
  return { startYear: congress!.termStartYear, endYear: congress!.termEndYear };
}
