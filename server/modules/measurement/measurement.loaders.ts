/**
 * The figures of an indicator or an agency, declared once (server/read/relations.ts): what the
 * caller may read (measurement.scope.ts), narrowed by the field's arguments, in SQL; and the
 * figure's own indicator and agency.
 */
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { badInput } from "../../common/errors";
import { MeasurementStatus, PeriodType, ValueKind } from "../../common/enums";
import type { RequestContext } from "../../context";
import { belongsTo, relation } from "../../read/relations";
import { Agency } from "../agency/agency.entity";
import { Indicator } from "../indicator/indicator.entity";
import { Measurement } from "./measurement.entity";
import { measurementScopeSql, scopeMeasurements } from "./measurement.scope";

const ENUMS = { status: MeasurementStatus, period: PeriodType, valueKind: ValueKind };

/** Narrows the figures of a relation field, in SQL. */
export interface FigureFilter {
  status?: MeasurementStatus | null;
  year?: number | null;
  period?: PeriodType | null;
  valueKind?: ValueKind | null;
  /** Only the figures of the latest `last` years that have one (per indicator or agency). */
  last?: number | null;
}

/**
 * The figures of one parent (`parentKey`: the SQL of its id) in `column` that the caller may
 * read, narrowed by `filter`, oldest period first (versions of one period in the order they
 * were reported; the id settles ties).
 */
function figuresOf(
  ctx: RequestContext,
  column: "indicatorId" | "agencyId",
  filter: FigureFilter,
  parentKey: string,
): SelectQueryBuilder<ObjectLiteral> {
  const { status, year, period, valueKind, last } = filter;
  if (last !== undefined && last !== null && (!Number.isInteger(last) || last < 1 || last > 50)) {
    throw badInput("last", "last phải từ 1 đến 50 (last must be 1–50)");
  }
  // [property, column, value] of each filter given.
  const given = (
    [
      ["status", "status", status],
      ["year", "year", year],
      ["period", "period", period],
      ["valueKind", "value_kind", valueKind],
    ] as const
  ).filter(([, , value]) => value !== undefined && value !== null);
  // Enum values are written into the SQL (checked against their enum first), so that the
  // generic plan of the prepared statement can use the partial indexes on approved yearly
  // figures; the year travels as a parameter.
  const sqlOf = ([property, , value]: (typeof given)[number]): string => {
    if (property === "year") return `:f_year`;
    if (!(Object.values(ENUMS[property]) as unknown[]).includes(value))
      throw badInput(property, `${property} không hợp lệ (unknown ${property})`);
    return `'${value as string}'`;
  };
  const params = { f_year: year, f_last: last };
  const qb = ctx.db
    .getRepository(Measurement)
    .createQueryBuilder("row")
    .where(`row.${column} = ${parentKey}`);
  scopeMeasurements(qb, "row", ctx);
  for (const filter of given) qb.andWhere(`row.${filter[0]} = ${sqlOf(filter)}`, params);
  if (last) {
    // The latest `last` years of the parent (a backward index scan), then the figures from the
    // earliest of them on: the same figures as "in those years" (they pass the same filters),
    // read as one index range. Only years with a figure the caller may read count: a draft
    // year must not hide the latest approved one from the public (nor reveal that it exists).
    const parent = column === "indicatorId" ? "indicator_id" : "agency_id";
    const same = [
      ...given.map((filter) => `AND m.${filter[1]} = ${sqlOf(filter)}`),
      measurementScopeSql(ctx, "m"),
    ].join(" ");
    qb.andWhere(
      `row.year >= (SELECT min(y.year) FROM (SELECT DISTINCT m.year FROM measurement m
         WHERE m.${parent} = ${parentKey} ${same} ORDER BY m.year DESC LIMIT :f_last) y)`,
      params,
    );
  }
  return qb
    .orderBy("row.year", "ASC")
    .addOrderBy("row.period", "ASC")
    .addOrderBy("row.reportedOn", "ASC")
    .addOrderBy("row.id", "ASC") as unknown as SelectQueryBuilder<ObjectLiteral>;
}

export const indicatorFigures = relation<Measurement>("Indicator.measurements", {
  entity: Measurement,
  query: (ctx, args, parentKey) => figuresOf(ctx, "indicatorId", args, parentKey),
});

export const agencyFigures = relation<Measurement>("Agency.measurements", {
  entity: Measurement,
  query: (ctx, args, parentKey) => figuresOf(ctx, "agencyId", args, parentKey),
});

export const figureIndicator = relation<Indicator>(
  "Measurement.indicator",
  belongsTo(Indicator, "indicatorId"),
);

export const figureAgency = relation<Agency>("Measurement.agency", belongsTo(Agency, "agencyId"));
