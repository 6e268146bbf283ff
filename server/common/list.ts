/**
 * The list conventions of ra-data-graphql-simple, shared by every resource:
 * `allX(page, perPage, sortField, sortOrder, filter)` with a 0-based page,
 * `_allXMeta(filter) { count }` and `X(id)`. Arguments are checked here so
 * that a bad one is a BAD_USER_INPUT naming it, never an SQL error.
 */
import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { Permission } from "../auth/permissions";
import type { RequestContext } from "../context";
import { badInput, notFound } from "./errors";
import { assertId, assertIds } from "./ids";
import { leanMany, leanOne, type Nested } from "../read/lean";

export const DEFAULT_PER_PAGE = 25;
export const MAX_PER_PAGE = 100;

@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true, description: "Page number, from 0." })
  page?: number;

  @Field(() => Int, {
    nullable: true,
    description: `Rows per page, 1–${MAX_PER_PAGE} (default ${DEFAULT_PER_PAGE}).`,
  })
  perPage?: number;

  @Field(() => String, {
    nullable: true,
    description: "Field to sort by; each resource lists the sortable ones.",
  })
  sortField?: string;

  @Field(() => String, { nullable: true, description: "ASC or DESC." })
  sortOrder?: string;
}

@ObjectType({ description: "How many rows a list has in all, for pagination." })
export class ListMetadata {
  @Field(() => Int)
  count: number;
}

/** Filters every resource accepts. */
export interface BaseFilter {
  ids?: string[] | null;
  q?: string | null;
}

export interface ListSpec<T extends ObjectLiteral, F extends BaseFilter> {
  entity: EntityTarget<T>;
  /** The type name callers see, for NOT_FOUND messages. */
  typeName: string;
  /** Who may read the list; any one permission suffices. */
  allow: Permission[];
  /** Sortable fields and the column each sorts by. */
  sortable: Record<string, string>;
  defaultSort: { field: string; order: "ASC" | "DESC" };
  /** Columns searched by `q` (case-insensitive, substring). */
  searchable: string[];
  /** Applies the resource's own filter fields. */
  filter?(qb: SelectQueryBuilder<T>, filter: F, ctx: RequestContext): void;
  /** Narrows to the rows the caller may read (row-level scope). */
  scope?(qb: SelectQueryBuilder<T>, ctx: RequestContext): void;
}

export const ALIAS = "row";

function baseQuery<T extends ObjectLiteral, F extends BaseFilter>(
  ctx: RequestContext,
  spec: ListSpec<T, F>,
  filter: F | undefined,
): SelectQueryBuilder<T> {
  const qb = ctx.db.getRepository(spec.entity).createQueryBuilder(ALIAS);
  spec.scope?.(qb, ctx);
  if (!filter) return qb;
  if (filter.ids)
    // `= ANY(array)`, not `IN (…)`: one statement text whatever the number of ids.
    qb.andWhere(`${ALIAS}.id = ANY(:ids)`, { ids: assertIds(filter.ids, "filter.ids") });
  if (filter.ids && filter.ids.length === 0) qb.andWhere("false");
  const q = filter.q?.trim();
  if (q) {
    if (q.length > 200)
      throw badInput("filter.q", "Chuỗi tìm kiếm quá dài (search text over 200 characters)");
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb.andWhere(`(${spec.searchable.map((c) => `${ALIAS}.${c} ILIKE :q`).join(" OR ")})`, {
      q: pattern,
    });
  }
  spec.filter?.(qb, filter, ctx);
  return qb;
}

/**
 * The column a sort field sorts by: the resource's own sortable fields, and `id` on every list
 * (react-admin's default sort). Only the map's own keys count: "toString" or "__proto__" are
 * unknown fields, not properties of every object.
 */
export function sortColumnOf(sortable: Record<string, string>, field: string): string | undefined {
  if (Object.hasOwn(sortable, field)) return sortable[field];
  return field === "id" ? "id" : undefined;
}

/** Every field a list sorts by, as `sortColumnOf` accepts them: `id` first, then the resource's own. */
export function sortFieldsOf(sortable: Record<string, string>): string[] {
  return [...new Set(["id", ...Object.keys(sortable)])];
}

export function checkListArgs(
  args: ListArgs,
  sortable: Record<string, string>,
  filter?: BaseFilter,
) {
  const page = args.page ?? 0;
  // react-admin's getMany sends only `filter: { ids }`: answer every id (at most 1,000), not a first page.
  const getMany = args.perPage === undefined && !!filter?.ids;
  const perPage = args.perPage ?? (getMany ? Math.max(filter!.ids!.length, 1) : DEFAULT_PER_PAGE);
  if (!Number.isInteger(page) || page < 0 || page > 1_000_000) {
    throw badInput("page", "page phải là số nguyên từ 0 (page must be a whole number from 0)");
  }
  if (!getMany && (perPage < 1 || perPage > MAX_PER_PAGE)) {
    throw badInput(
      "perPage",
      `perPage phải từ 1 đến ${MAX_PER_PAGE} (perPage must be from 1 to ${MAX_PER_PAGE}), got ${perPage}`,
    );
  }
  if (args.sortField && !sortColumnOf(sortable, args.sortField)) {
    const choices = sortFieldsOf(sortable).join(", ");
    throw badInput(
      "sortField",
      `Không sắp xếp được theo "${args.sortField}"; chọn một trong: ${choices} (unknown sort field)`,
    );
  }
  const order = (args.sortOrder ?? "ASC").toUpperCase();
  if (order !== "ASC" && order !== "DESC")
    throw badInput("sortOrder", "sortOrder phải là ASC hoặc DESC");
  return { page, perPage, order: order as "ASC" | "DESC" };
}

/** Columns holding codes like "12.b", sorted the way people number them, not as strings. */
const NATURAL_ORDER = new Set(["Indicator.code"]);

function orderRows<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  spec: { typeName: string },
  column: string,
  direction: "ASC" | "DESC",
): void {
  if (NATURAL_ORDER.has(`${spec.typeName}.${column}`)) {
    // "1.a, 2.a … 10.a": the number before the dot compares zero-padded, then the whole code.
    qb.orderBy(`lpad(split_part(${ALIAS}.${column}, '.', 1), 10, '0')`, direction);
    qb.addOrderBy(`${ALIAS}.${column}`, direction);
  } else {
    qb.orderBy(`${ALIAS}.${column}`, direction);
  }
}

export async function findPage<T extends ObjectLiteral, F extends BaseFilter>(
  ctx: RequestContext,
  spec: ListSpec<T, F>,
  args: ListArgs,
  filter: F | undefined,
  /** Only these properties (server/read/projection.ts); every column when absent. */
  columns?: readonly string[],
  /** Relations to read in the same statement (server/read/prefetch.ts). */
  nested: Nested[] = [],
): Promise<T[]> {
  const { qb, limit, offset } = pageQuery(ctx, spec, args, filter);
  return leanMany(qb, { columns, nested, limit, offset });
}

/** The query of a page (filters, scope, order) and its bounds; throws badInput for a bad argument. */
export function pageQuery<T extends ObjectLiteral, F extends BaseFilter>(
  ctx: RequestContext,
  spec: ListSpec<T, F>,
  args: ListArgs,
  filter: F | undefined,
): { qb: SelectQueryBuilder<T>; limit: number; offset: number } {
  const { page, perPage, order } = checkListArgs(args, spec.sortable, filter);
  const qb = baseQuery(ctx, spec, filter);
  const sortColumn = sortColumnOf(spec.sortable, args.sortField ?? spec.defaultSort.field)!;
  orderRows(qb, spec, sortColumn, args.sortField ? order : spec.defaultSort.order);
  // A stable tie-break, so pages never repeat or skip rows.
  qb.addOrderBy(`${ALIAS}.id`, "ASC");
  return { qb, limit: perPage, offset: page * perPage };
}

export async function countRows<T extends ObjectLiteral, F extends BaseFilter>(
  ctx: RequestContext,
  spec: ListSpec<T, F>,
  filter: F | undefined,
): Promise<number> {
  return baseQuery(ctx, spec, filter).getCount();
}

/** One row the caller may read, or NOT_FOUND (also when it exists but is out of scope). */
export async function findVisible<T extends ObjectLiteral, F extends BaseFilter>(
  ctx: RequestContext,
  spec: ListSpec<T, F>,
  id: string,
): Promise<T> {
  const qb = baseQuery(ctx, spec, undefined).andWhere(`${ALIAS}.id = :id`, {
    id: assertId(id, "id"),
  });
  const row = await leanOne(qb);
  if (!row) throw notFound(spec.typeName, id);
  return row;
}

/**
 * Adds `alias.column = value` when the filter field is set; ids are checked first. A value of
 * an enum column (one of its names, as GraphQL checked it) is written into the SQL, as the
 * relations' enum filters are (measurement.loaders.ts): a parameter there, choosing between a
 * rare status and a common one, keeps PostgreSQL planning the prepared statement anew on every
 * execution (custom plans), which cost the approval queue twice its execution.
 */
export function whereEquals<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  value: unknown,
  field: string,
): void {
  if (value === undefined || value === null) return;
  const metadata = qb.expressionMap.mainAlias?.metadata.findColumnWithPropertyName(column);
  if (metadata?.type === "enum" && metadata.enum?.includes(value as string)) {
    qb.andWhere(`${ALIAS}.${column} = '${value as string}'`);
    return;
  }
  const param = field.replace(/\W/g, "_");
  const checked =
    column.endsWith("Id") || column === "id" ? assertId(value as string, field) : value;
  qb.andWhere(`${ALIAS}.${column} = :${param}`, { [param]: checked });
}

/** Every row matching the filter, in the list's order, for downloads (at most `limit`). */
export async function findAllRows<T extends ObjectLiteral, F extends BaseFilter>(
  ctx: RequestContext,
  spec: ListSpec<T, F>,
  args: ListArgs,
  filter: F | undefined,
  limit: number,
): Promise<T[]> {
  const { order } = checkListArgs({ ...args, page: 0, perPage: 1 }, spec.sortable);
  const qb = baseQuery(ctx, spec, filter);
  const sortColumn = sortColumnOf(spec.sortable, args.sortField ?? spec.defaultSort.field)!;
  orderRows(qb, spec, sortColumn, args.sortField ? order : spec.defaultSort.order);
  qb.addOrderBy(`${ALIAS}.id`, "ASC");
  return leanMany(qb, { limit });
}
