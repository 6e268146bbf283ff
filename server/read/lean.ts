/**
 * Reads the rows of a plain query builder (one entity; joins only to filter)
 * without TypeORM's row-by-row hydration, for the hot read paths (lists and
 * loaders), optionally with nested relations in the same statement.
 *
 * PostgreSQL builds the whole answer as one JSON document (one row, one text
 * column) that `JSON.parse` reads natively, instead of `pg` parsing every
 * column of every row and TypeORM copying each into an entity; each distinct
 * statement is prepared once per connection (a named statement), so it is not
 * planned on every request. The objects are instances of the entity class with
 * the same values `getMany()` gives (a test compares both for every entity):
 * numerics as strings, dates as `YYYY-MM-DD`, timestamps as `Date`.
 *
 * A `Nested` relation (see server/read/prefetch.ts) becomes a correlated subquery of
 * the same statement, as PostGraphile compiles a query; its rows are kept on
 * each parent for the field resolver to return (`prefetched`), so a page and
 * its relations cost one statement instead of one per level.
 */
import { GraphQLError } from "graphql";
import { LRUCache } from "lru-cache";
import { createHash, randomBytes } from "node:crypto";
import type { Pool } from "pg";
import {
  QueryFailedError,
  type DataSource,
  type ObjectLiteral,
  type SelectQueryBuilder,
} from "typeorm";
import { DriverUtils } from "typeorm/driver/DriverUtils";
import type { EntityMetadata } from "typeorm/metadata/EntityMetadata";

/** A relation read with its parents: the rows of `query(parentKey)` for each parent row. */
export interface Nested {
  /** The field's response key on the parent (its alias, or its name). */
  key: string;
  /** One object (the first row, or null) rather than a list. */
  single: boolean;
  /** The parent's property the relation follows: its id, or a foreign key. */
  parentKey: string;
  /** The child rows of one parent, given the SQL of that parent's `parentKey`. */
  query: (parentKey: string) => SelectQueryBuilder<ObjectLiteral>;
  columns?: readonly string[];
  extra?: Record<string, string>;
  nested: Nested[];
}

/** How one entity's selected columns become JSON, and back. */
export interface Shape {
  /** The entity properties read, in the order of `values`. */
  properties: string[];
  /** `q0."row_id"`, …: the SQL of each property's value over the inner query's aliases. */
  values: string[];
  /** Positions of the properties PostgreSQL sends as ISO text that the entity holds as `Date`. */
  timestamps: number[];
  prototype: object;
  /** The SQL of a property over the inner query's aliases, for nested relations to follow. */
  column: (property: string) => string;
}

/**
 * Compiled shapes by entity, alias, wrapper and columns. Callers choose the columns (every
 * subset of a type's fields is another shape), so the cache is a bounded LRU
 * (SHAPE_CACHE_SIZE): a flood of different selections evicts old shapes, never grows memory.
 */
let shapes = new LRUCache<string, Shape>({ max: 2000 });
/** A number per entity metadata (one per data source in a test run), for the cache keys. */
const metadataIds = new WeakMap<EntityMetadata, number>();
let nextMetadataId = 0;

/** Sets how many shapes are kept (config `shapeCacheSize`); starts the cache afresh. */
export function configureShapeCache(max: number): void {
  if (shapes.max !== max) shapes = new LRUCache<string, Shape>({ max });
}
/** Each data source's statement names: a prefix of its own and the name of each text. */
const named = new WeakMap<DataSource, { prefix: string; names: Map<string, string> }>();
/**
 * At most this many statements are prepared by name on a data source's connections; texts
 * beyond them run unnamed. The texts are bounded by the query shapes clients send, which a
 * client could multiply (every subset of a type's fields is another selection): the cap keeps
 * PostgreSQL's per-connection memory and this map bounded whatever they send.
 */
const MAX_NAMED = 500;
/** Databases whose session outlives a connection (embedded PGlite): no named statements. */
const unnamed = new WeakSet<DataSource>();
/** Where an entity read with `Nested` relations keeps their rows, by response key. */
const PREFETCHED = Symbol("prefetched");

export function withoutNamedStatements(db: DataSource): void {
  unnamed.add(db);
}

/** The rows of a relation read with its parent (`Nested`), or undefined when it was not. */
export function prefetched<V>(row: object, key: string): V | undefined {
  return (row as { [PREFETCHED]?: Map<string, V> })[PREFETCHED]?.get(key);
}

export function shapeOf(
  db: DataSource,
  metadata: EntityMetadata,
  alias: string,
  wrapper: string,
  columns?: readonly string[],
): Shape {
  let id = metadataIds.get(metadata);
  if (id === undefined) metadataIds.set(metadata, (id = nextMetadataId++));
  const key = `${id}:${alias}:${wrapper}:${columns?.join(",") ?? "*"}`;
  let shape = shapes.get(key);
  if (shape) return shape;
  const columnAlias = (databaseName: string) =>
    `${wrapper}."${DriverUtils.buildAlias(db.driver, undefined, alias, databaseName)}"`;
  const properties: string[] = [];
  const values: string[] = [];
  const timestamps: number[] = [];
  for (const column of metadata.columns) {
    // Virtual columns are join columns without a property of their own (getMany() skips them too).
    if (!column.isSelect || column.isVirtual || column.embeddedMetadata) continue;
    if (columns && !columns.includes(column.propertyName)) continue;
    const source = columnAlias(column.databaseName);
    const type = String(column.type);
    // JSON has no exact decimals: numerics travel as text, as `pg` gives them.
    if (type.startsWith("timestamp")) timestamps.push(properties.length);
    properties.push(column.propertyName);
    values.push(type === "numeric" ? `${source}::text` : source);
  }
  shape = {
    properties,
    values,
    timestamps,
    prototype: (metadata.target as { prototype: object }).prototype,
    column: (property) => columnAlias(metadata.findColumnWithPropertyName(property)!.databaseName),
  };
  shapes.set(key, shape);
  return shape;
}

/**
 * The statement's name on `db`'s connections: a digest of its text after a prefix of the data
 * source's own, so that two pools of one process on one embedded session (a test run) never
 * meet each other's names; none past MAX_NAMED texts.
 */
function nameOf(db: DataSource, sql: string): string | undefined {
  let own = named.get(db);
  if (!own)
    named.set(db, (own = { prefix: `lean_${randomBytes(4).toString("hex")}_`, names: new Map() }));
  let name = own.names.get(sql);
  if (!name && own.names.size < MAX_NAMED) {
    name = own.prefix + createHash("sha1").update(sql).digest("hex").slice(0, 20);
    own.names.set(sql, name);
  }
  return name;
}

/** Runs `sql` as a named statement where it may be; unnamed where a name already exists. */
async function run(db: DataSource, sql: string, parameters: unknown[]): Promise<string> {
  const pool = (db.driver as unknown as { master: Pool }).master;
  const name = unnamed.has(db) ? undefined : nameOf(db, sql);
  try {
    return (await pool.query<{ rows: string }>({ name, text: sql, values: parameters })).rows[0]
      .rows;
  } catch (error) {
    // 42P05: the session already has a statement of that name (an embedded database whose one
    // session outlived the connection that prepared it): stop naming statements there.
    if (!name || (error as { code?: string }).code !== "42P05") throw error;
    unnamed.add(db);
    return run(db, sql, parameters);
  }
}

/**
 * Whether `qb` is a query `leanMany` can answer: its own entity's columns (joins only to
 * filter), outside a transaction (whose connection the pool cannot lend).
 */
export function isPlain(qb: SelectQueryBuilder<ObjectLiteral>): boolean {
  const map = qb.expressionMap;
  return (
    !(qb as unknown as { queryRunner?: unknown }).queryRunner &&
    !!map.mainAlias?.hasMetadata &&
    map.joinAttributes.every((join) => !join.isSelected) &&
    map.selects.length <= 1 &&
    (map.selects.length === 0 || map.selects[0].selection === map.mainAlias.name)
  );
}

/**
 * One level of the statement: how a row becomes JSON and back. A row travels as a JSON
 * array of its values (`json_build_array`), its property names known here: a third of the
 * bytes of an object with its keys, for PostgreSQL to build and for `JSON.parse` to read.
 */
interface Level {
  /** `json_build_array(…)` of one row, over the rows of `inner` as `qN`. */
  json: string;
  /** The level's own query, its placeholders numbered in the whole statement. */
  inner: string;
  wrapper: string;
  decode: (values: unknown[]) => object;
}

/**
 * The SQL of `qb` as part of a larger statement: its parameters appended to `parameters`, its
 * placeholders renumbered after those already there.
 */
export function innerQuery(qb: SelectQueryBuilder<ObjectLiteral>, parameters: unknown[]): string {
  const [inner, own] = qb.getQueryAndParameters();
  const offset = parameters.length;
  parameters.push(...own);
  return inner.replace(/\$(\d+)/g, (_m, n: string) => `$${Number(n) + offset}`);
}

/**
 * Builds the level of `qb` at `depth` (wrapper alias `q<depth>`), appending its parameters to
 * `parameters` and renumbering its placeholders after those already there. A nested relation
 * whose query cannot be built (a bad argument) is left out: its field resolver then reads it
 * alone and reports the error on that field.
 */
function level(
  qb: SelectQueryBuilder<ObjectLiteral>,
  columns: readonly string[] | undefined,
  extra: Record<string, string>,
  nested: Nested[],
  depth: number,
  parameters: unknown[],
): Level {
  const db = qb.connection;
  const main = qb.expressionMap.mainAlias!;
  const wrapper = `q${depth}`;
  // The keys nested relations follow are read too.
  const keys = nested.map((relation) => relation.parentKey);
  if (columns && keys.some((key) => !columns!.includes(key)))
    columns = [...new Set([...columns, ...keys])];
  const shape = shapeOf(db, main.metadata, main.name, wrapper, columns);
  qb.select(columns ? columns.map((c) => `${main.name}.${c}`) : [main.name]);
  const properties = [...shape.properties];
  const values = [...shape.values];
  for (const [name, expression] of Object.entries(extra)) {
    qb.addSelect(expression, name);
    properties.push(name);
    values.push(`${wrapper}."${name}"`);
  }
  const renumbered = innerQuery(qb, parameters);
  const children: { relation: Nested; at: number; decode: Level["decode"] }[] = [];
  for (const relation of nested) {
    const mark = parameters.length;
    try {
      const child = relation.query(shape.column(relation.parentKey));
      if (!isPlain(child)) continue;
      const built = level(
        child,
        relation.columns,
        relation.extra ?? {},
        relation.nested,
        depth + 1,
        parameters,
      );
      children.push({ relation, at: values.length, decode: built.decode });
      values.push(
        `(SELECT coalesce(json_agg(${built.json}), '[]'::json) FROM (${built.inner}) ${built.wrapper})`,
      );
    } catch (error) {
      // A bad argument (a typed error): the field's own resolver reports it. Anything else is a bug.
      if (!(error instanceof GraphQLError)) throw error;
      parameters.length = mark;
    }
  }
  const count = properties.length;
  const decode = (row: unknown[]): object => {
    for (const at of shape.timestamps) {
      if (typeof row[at] === "string") row[at] = new Date(row[at] as string);
    }
    const entity = Object.create(shape.prototype) as Record<string, unknown>;
    for (let i = 0; i < count; i++) entity[properties[i]] = row[i];
    if (children.length) {
      const found = new Map<string, unknown>();
      for (const { relation, at, decode: decodeChild } of children) {
        const rows = (row[at] as unknown[][]).map(decodeChild);
        found.set(relation.key, relation.single ? (rows[0] ?? null) : rows);
      }
      Object.defineProperty(entity, PREFETCHED, { value: found });
    }
    return entity;
  };
  return {
    json: `json_build_array(${values.join(", ")})`,
    inner: renumbered,
    wrapper,
    decode,
  };
}

export interface LeanOptions {
  /** Only these properties; every selectable column when absent. */
  columns?: readonly string[];
  /** Extra SQL expressions (of joined tables, say) to add to each object under these names. */
  extra?: Record<string, string>;
  /** Relations read in the same statement (server/read/prefetch.ts). */
  nested?: Nested[];
  /**
   * A page, sent as parameters rather than written into the text (as `qb.limit()` would):
   * every page is then one statement, prepared once, not one prepared statement per page.
   */
  limit?: number;
  offset?: number;
}

/**
 * The rows of `qb`, as `qb.getMany()` would give them (see LeanOptions); falls back to
 * `getMany()` for joins that select, selections or a transaction.
 */
export async function leanMany<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  options: LeanOptions = {},
): Promise<T[]> {
  if (!isPlain(qb as SelectQueryBuilder<ObjectLiteral>)) {
    if (options.limit !== undefined) qb.limit(options.limit);
    if (options.offset !== undefined) qb.offset(options.offset);
    return qb.getMany();
  }
  const { sql, parameters, decode } = leanStatement(qb, options);
  return runLean(qb.connection, { sql, decode }, parameters) as Promise<T[]>;
}

/** The one statement `leanMany` runs for a plain `qb` (see `isPlain`), and how its rows decode. */
export interface LeanStatement {
  sql: string;
  parameters: unknown[];
  /** One row of the answer (its JSON array) into an entity; holds no state of one answer. */
  decode: (row: unknown[]) => object;
}

/**
 * Builds what `leanMany` would run for `qb`, without running it: a caller that runs the same
 * statement with other parameters keeps its text and `decode` (a pure function of `qb`'s shape)
 * and passes the parameters to `runLean`, instead of TypeORM building the text again.
 */
export function leanStatement<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  options: LeanOptions = {},
): LeanStatement {
  const { columns, extra = {}, nested = [], limit, offset } = options;
  if (!isPlain(qb as SelectQueryBuilder<ObjectLiteral>))
    throw new Error(
      "leanStatement reads a plain query only (its entity's columns, no transaction)",
    );
  const parameters: unknown[] = [];
  const top = level(qb as SelectQueryBuilder<ObjectLiteral>, columns, extra, nested, 0, parameters);
  let page = "";
  if (limit !== undefined) page += ` LIMIT $${parameters.push(limit)}`;
  if (offset !== undefined) page += ` OFFSET $${parameters.push(offset)}`;
  // json_agg keeps the order of the rows it is given, here the inner query's ORDER BY.
  const sql = `SELECT coalesce(json_agg(${top.json}), '[]')::text AS rows FROM (${top.inner}${page}) ${top.wrapper}`;
  return { sql, parameters, decode: top.decode };
}

/** Runs a statement `leanStatement` built, with these parameters, and decodes its rows. */
export async function runLean(
  db: DataSource,
  statement: Pick<LeanStatement, "sql" | "decode">,
  parameters: unknown[],
): Promise<object[]> {
  const rows = JSON.parse(await runLogged(db, statement.sql, parameters)) as unknown[][];
  return rows.map(statement.decode);
}

/** Logs and runs a statement whose one row and column is text (see `run`). */
export async function runLogged(
  db: DataSource,
  sql: string,
  parameters: unknown[],
): Promise<string> {
  db.logger.logQuery(sql, parameters);
  try {
    return await run(db, sql, parameters);
  } catch (error) {
    // The same error TypeORM raises, so callers map it the same way (fromDatabaseError).
    throw new QueryFailedError(sql, parameters, error as Error);
  }
}

/**
 * The rows of `query(key)` for each of `keys` (the related rows of a batch of parents), in one
 * statement: the same subquery a list nests for each parent row (see `level`), here run for
 * each key of the batch, so a loader answers what the nested relation answers.
 */
export async function leanGroups<T extends ObjectLiteral>(
  db: DataSource,
  keys: readonly string[],
  query: (key: string) => SelectQueryBuilder<ObjectLiteral>,
  options: Pick<LeanOptions, "columns" | "extra"> = {},
): Promise<T[][]> {
  const parameters: unknown[] = [[...keys]];
  const child = query("k.key");
  if (!isPlain(child)) throw new Error("a declared relation must select its own entity only");
  const rows = level(child, options.columns, options.extra ?? {}, [], 1, parameters);
  const sql = `SELECT coalesce(json_agg((SELECT coalesce(json_agg(${rows.json}), '[]'::json) FROM (${rows.inner}) ${rows.wrapper}) ORDER BY k.n), '[]')::text AS rows FROM unnest($1::uuid[]) WITH ORDINALITY k(key, n)`;
  const groups = JSON.parse(await runLogged(db, sql, parameters)) as unknown[][][];
  return groups.map((group) => group.map(rows.decode) as T[]);
}

/** The first row of `qb` (which should narrow to one), or null. */
export async function leanOne<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  options: LeanOptions = {},
): Promise<T | null> {
  return (await leanMany(qb, options))[0] ?? null;
}
