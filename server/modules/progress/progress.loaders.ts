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
import type { DataSource } from "typeorm";
import type { FieldNode, GraphQLResolveInfo } from "graphql";
import { leanStatement, prefetched, runLean, type Nested } from "../../read/lean";
import { callerKey, PerOperation } from "../../read/per-operation";
import { relationsSelected, subfields } from "../../read/prefetch";
import { targetIndicators } from "../target/target.loaders";
import { Congress } from "../congress/congress.entity";
import { TargetAssessment } from "../assessment/target-assessment.entity";
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

type FigureRow = Pick<
  Row,
  | "year"
  | "period"
  | "value"
  | "value_kind"
  | "status"
  | "reported_on"
  | "last_action"
  | "last_value"
>;

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

/** What a figure counted for on `asOf` (null: now), or null when it did not count. */
function figureOf(row: FigureRow, asOf: string | null): Figure | null {
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
  return value === null
    ? null
    : { year: row.year, period: row.period, value, valueKind: row.value_kind };
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
        const figure = figureOf(row, asOf);
        if (figure) groups.get(row.indicator_id)!.push(figure);
      }
      return indicatorIds.map((id) => groups.get(id)!);
    },
  );
}

/** The term of the congress of each target, by target id (one statement per batch). */
function termsOfTargets(ctx: RequestContext): DataLoader<string, Term> {
  return ctx.loaders.custom("termOfTarget", async (targetIds: readonly string[]) => {
    const rows: { id: string; start: number; end: number }[] = await ctx.db.query(
      `SELECT t.id, c.term_start_year AS start, c.term_end_year AS "end"
         FROM target t JOIN congress c ON c.id = t.congress_id WHERE t.id = ANY($1::uuid[])`,
      [targetIds],
    );
    const terms = new Map(rows.map((r) => [r.id, { startYear: r.start, endYear: r.end }]));
    return targetIds.map((id) => terms.get(id)!);
  });
}

/** The term of the congress an indicator belongs to. */
export function termOf(ctx: RequestContext, indicator: Indicator): Promise<Term> {
  return termsOfTargets(ctx).load(indicator.targetId);
}

/** One target of a congress's summary, with everything its progress is computed from. */
export interface SummaryTarget {
  target: Target;
  term: Term;
  /** Every indicator of the target (inactive ones too), in order, each with its figures. */
  indicators: { indicator: Indicator; figures: Figure[] }[];
  /** Its assessments, newest first. */
  assessments: TargetAssessment[];
}

/**
 * The relations the summary's caller asks for on its targets (`targets { target { … } }`),
 * read in the summary's own statement: the dashboard's figures of each indicator
 * (`indicators { measurements(…) }`), say, come with the rest instead of in a second statement.
 */
export interface SummarySelection {
  /** The summary's field in the operation (two aliased summaries may select differently). */
  field: FieldNode;
  /** The caller and variables the relations' queries were built for (scope rules read them). */
  key: string;
  /** The declared relations asked for on the targets (`Target.indicators` among them). */
  relations: () => Nested[];
}

/** What `progressSummary`'s selection (its resolver's info) asks of its targets. */
export function summarySelection(ctx: RequestContext, info: GraphQLResolveInfo): SummarySelection {
  return {
    field: info.fieldNodes[0],
    key: callerKey(ctx, info.variableValues),
    relations: () => {
      const lines = subfields(info.fieldNodes, "targets", info.fragments);
      return relationsSelected(ctx, info, "Target", subfields(lines, "target", info.fragments));
    },
  };
}

/**
 * A congress's targets, their indicators with the figures progress counts, their assessments
 * and the congress's term, in one statement (server/read/lean.ts builds its JSON), with the
 * relations the caller's selection asks for on them. The loaders the summary's nested fields
 * use are primed with what it read: `Target.indicators` answers from the target's row, an
 * indicator's `progress` from its figures and term, its `measurements` from its row.
 */
export async function summaryTargets(
  ctx: RequestContext,
  congressId: string,
  asOf: string | null,
  selection?: SummarySelection,
): Promise<SummaryTarget[]> {
  const statement = selection
    ? selected.get(selection.field, `${asOf !== null}:${selection.key}`, () =>
        summaryStatement(ctx, asOf !== null, selection.relations()),
      )
    : summaryStatement(ctx, asOf !== null, []);
  const asOfEnd = asOf ? endOfDayVietnam(asOf) : null;
  const parameters = statement.parameters.map((p) =>
    p === CONGRESS_MARKER ? congressId : p === AS_OF_MARKER ? asOfEnd : p,
  );
  const targets = (await runLean(ctx.db, statement, parameters)) as Target[];
  const byTarget = ctx.loaders.byId(Target);
  const terms = termsOfTargets(ctx);
  const figures = approvedFigures(ctx, asOf);
  return targets.map((target) => {
    const congress = prefetched<Pick<Congress, "termStartYear" | "termEndYear">>(target, CONGRESS)!;
    const term = { startYear: congress.termStartYear, endYear: congress.termEndYear };
    byTarget.prime(target.id, target);
    terms.prime(target.id, term);
    const read = (prefetched<Indicator[]>(target, "indicators") ?? []).map((indicator) => {
      const withRows = indicator as Indicator & { figureRows?: unknown[][] };
      const own = (withRows.figureRows ?? []).flatMap((r) => figureOfRow(r, asOf) ?? []);
      // The last property the row was given: deleting it keeps the object's fast shape.
      delete withRows.figureRows;
      figures.prime(indicator.id, own);
      return { indicator, figures: own };
    });
    return {
      target,
      term,
      indicators: read,
      assessments: prefetched<TargetAssessment[]>(target, ASSESSMENTS) ?? [],
    };
  });
}

/** The summary's statement: its SQL, how a row becomes a target, and its parameters. */
interface SummaryStatement {
  sql: string;
  decode: (row: unknown[]) => object;
  /** As built: the congress and as-of markers stand where each request's own values go. */
  parameters: unknown[];
}

/** Where a request's congress and as-of instant go among the statement's parameters. */
const CONGRESS_MARKER = "summary:congressId";
const AS_OF_MARKER = new Date(0);

/** Summary statements for a selection that asks relations of its own, by field and caller. */
const selected = new PerOperation<SummaryStatement>();

/**
 * The summary's statement, built by TypeORM once per data source and kind (as of a date or
 * now), or once per summary field of an operation and caller when the selection adds
 * relations, and then run with each request's own congress and date, put where the markers
 * were.
 */
function summaryStatement(
  ctx: RequestContext,
  asOf: boolean,
  relations: Nested[],
): SummaryStatement {
  const db = ctx.db;
  if (relations.length === 0) {
    let built = statements.get(db);
    if (!built) statements.set(db, (built = new Map()));
    const known = built.get(asOf);
    if (known) return known;
    const statement = buildSummary(ctx, asOf, []);
    built.set(asOf, statement);
    return statement;
  }
  return buildSummary(ctx, asOf, relations);
}

function buildSummary(ctx: RequestContext, asOf: boolean, relations: Nested[]): SummaryStatement {
  const db = ctx.db;
  // The selection's own Target.indicators (by its name, not an alias) is the summary's: read
  // with every column and the counted figures, and with whatever the selection asks below it.
  const own = relations.find((r) => r.key === "indicators");
  const assessments = db
    .getRepository(TargetAssessment)
    .createQueryBuilder("a")
    .orderBy("a.documentDate", "DESC")
    .addOrderBy("a.createdAt", "DESC");
  const { sql, parameters, decode } = leanStatement(
    db
      .getRepository(Target)
      .createQueryBuilder("t")
      .where("t.congressId = :congressId", { congressId: CONGRESS_MARKER })
      .orderBy("t.number", "ASC"),
    {
      nested: [
        {
          key: CONGRESS,
          single: true,
          parentKey: "congressId",
          columns: ["termStartYear", "termEndYear"],
          query: (id) =>
            db.getRepository(Congress).createQueryBuilder("tc").where(`"tc"."id" = ${id}`),
          nested: [],
        },
        {
          // The response key Target.indicators answers from (server/read/prefetch.ts).
          key: "indicators",
          single: false,
          parentKey: "id",
          query: (id) => {
            const qb = targetIndicators.spec.query(ctx, {}, id);
            qb.setParameter("summaryCongress", CONGRESS_MARKER);
            if (asOf) qb.setParameter("summaryAsOf", AS_OF_MARKER);
            return qb;
          },
          extra: { figureRows: figureRowsOf(`"row"`, asOf) },
          nested: own?.nested ?? [],
        },
        {
          key: ASSESSMENTS,
          single: false,
          parentKey: "id",
          query: (id) => assessments.clone().where(`"a"."target_id" = ${id}`),
          nested: [],
        },
        ...relations.filter((r) => r !== own),
      ],
    },
  );
  const count = (marker: unknown) => parameters.filter((p) => p === marker).length;
  if (count(CONGRESS_MARKER) === 0 || count(AS_OF_MARKER) > 0 !== asOf)
    throw new Error("the summary's statement lost its congress or as-of parameter");
  return { sql, decode, parameters };
}

/** The summary's statements without relations of their own, by data source and kind. */
const statements = new WeakMap<DataSource, Map<boolean, SummaryStatement>>();

/** The key of a target's congress (its term) among what the summary reads with it. */
const CONGRESS = "summary:congress";

/** The key of a target's assessments among what the summary reads with it (no response key). */
const ASSESSMENTS = "summary:assessments";

/**
 * A JSON array of the figures `approvedFigures` reads for the indicator `i`, in the order
 * versions became current, each a JSON array (`figureOfRow` reads it): year, period, value
 * and kind; when `asOf`, also the status, the reported-on date and the audit's approve or
 * reopen before `:summaryAsOf` with its value.
 */
function figureRowsOf(i: string, asOf: boolean): string {
  const audit = asOf
    ? `LEFT JOIN LATERAL (
         SELECT a.action, a.after FROM audit_event a
          WHERE a.entity_id = m.id AND a.action IN ('Measurement.approve', 'Measurement.reopen')
            AND a.at <= :summaryAsOf
          ORDER BY a.at DESC LIMIT 1) e ON true`
    : "";
  const asOfFields = asOf ? `, m.status, m.reported_on::text, e.action, e.after->>'value'` : "";
  // The term's years from the summary's congress, computed once per statement (an InitPlan)
  // rather than a join to the target and congress for every indicator.
  const term = (column: string) =>
    `(SELECT c.${column} FROM congress c WHERE c.id = :summaryCongress)`;
  return `(SELECT coalesce(json_agg(json_build_array(m.year, m.period, m.value::text, m.value_kind${asOfFields})
      ${CURRENT_ORDER}), '[]'::json)
    FROM (SELECT m.* FROM measurement m
      WHERE m.indicator_id = ${i}."id" AND m.period IN ('YEAR', 'TERM')
        AND m.year > ${term("term_start_year")} AND m.year <= ${term("term_end_year")}
        ${asOf ? "" : "AND m.status = 'APPROVED'"}) m
    ${audit})`;
}

/** A figure of `figureRowsOf` (a JSON array), as `figureOf` reads the same figure's row. */
function figureOfRow(row: unknown[], asOf: string | null): Figure | null {
  const [year, period, value, valueKind] = row as [number, PeriodType, string, ValueKind];
  // Now: the statement read approved figures only, each counts as it stands.
  if (!asOf) return { year, period, value, valueKind };
  const [, , , , status, reportedOn, lastAction, lastValue] = row as [
    number,
    PeriodType,
    string,
    ValueKind,
    MeasurementStatus,
    string | null,
    string | null,
    string | null,
  ];
  return figureOf(
    {
      year,
      period,
      value,
      value_kind: valueKind,
      status,
      reported_on: reportedOn,
      last_action: lastAction,
      last_value: lastValue,
    },
    asOf,
  );
}
