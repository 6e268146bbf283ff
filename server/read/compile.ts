/**
 * Compiled answers: a list query whose whole selection is columns and relations marked
 * `@FromStatement` (server/read/relations.ts) is answered by one SQL statement in which
 * PostgreSQL builds the JSON of the answer in the response's own shape (response keys and
 * aliases, enum names, decimals as text, timestamps as ISO strings, as the schema serialises
 * them); the server splices that text into the response (respond.ts) without parsing it or
 * running graphql-js over its fields, as PostGraphile 5 and Hasura do.
 *
 * The statement is the one the loader path would run, level by level: the list's own query
 * (filters, the caller's scope, order, page: `pageQuery`), and for each relation its declared
 * query with its scope rule. Anything this cannot express exactly (a computed field, a
 * directive, a repeated response key, an interface, an unknown scalar, a missing permission,
 * a bad argument) compiles to nothing, and graphql-js answers the operation as before, errors
 * included. test/compiled.test.ts checks that both give the same bytes for every kind of caller.
 */
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { getArgumentValues } from "graphql/execution/values";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import type { EntityMetadata } from "typeorm/metadata/EntityMetadata";
import { pageQuery, type BaseFilter, type ListArgs, type ListSpec } from "../common/list";
import type { RequestContext } from "../context";
import { innerQuery, isPlain, shapeOf } from "./lean";
import { callerKey, PerOperation } from "./per-operation";
import { compiledRelation, isArgumentError } from "./relations";

/** Root list fields (`allTargets`, …) and the spec of the list each reads. */
const lists = new Map<string, ListSpec<ObjectLiteral, BaseFilter>>();
/** Fields of one object in a compiled statement (a bound on the statement's size). */
const MAX_FIELDS = 60;
/** How deep relations nest in one compiled statement. */
const MAX_DEPTH = 4;

/** Registers the root query field `name` as a list that may be compiled. */
export function compiledList<T extends ObjectLiteral, F extends BaseFilter>(
  name: string,
  spec: ListSpec<T, F>,
): void {
  lists.set(name, spec as unknown as ListSpec<ObjectLiteral, BaseFilter>);
}

/** Thrown inside the compiler when a selection cannot be compiled exactly. */
class NotCompilable extends Error {}

function refuse(why: string): never {
  throw new NotCompilable(why);
}

/** One statement whose one row and column (`rows`) is the JSON text of a root field's answer. */
export interface CompiledField {
  key: string;
  sql: string;
  parameters: unknown[];
}

export interface Operation {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * The fields a selection set of `type` asks for, through fragments of that same type; refuses
 * directives (@skip, @include), fragments on other types and a response key given twice
 * (graphql-js would merge their selections).
 */
export function selectedFields(
  set: SelectionSetNode | undefined,
  type: string,
  fragments: Record<string, FragmentDefinitionNode>,
  into: FieldNode[] = [],
): FieldNode[] {
  for (const selection of set?.selections ?? []) {
    if (selection.directives?.length) refuse("directive");
    if (selection.kind === "Field") {
      into.push(selection);
    } else if (selection.kind === "InlineFragment") {
      const on = selection.typeCondition?.name.value;
      if (on && on !== type) refuse("fragment on another type");
      selectedFields(selection.selectionSet, type, fragments, into);
    } else {
      const fragment = fragments[selection.name.value];
      if (!fragment || fragment.typeCondition.name.value !== type) refuse("fragment");
      selectedFields(fragment.selectionSet, type, fragments, into);
    }
  }
  const keys = new Set<string>();
  for (const field of into) {
    const key = field.alias?.value ?? field.name.value;
    if (keys.has(key)) refuse(`repeated key ${key}`);
    keys.add(key);
  }
  return into;
}

function columnType(column: ColumnMetadata): string {
  return typeof column.type === "function"
    ? (column.type as { name: string }).name.toLowerCase()
    : String(column.type);
}

const enumsAsNames = new WeakMap<GraphQLEnumType, boolean>();

/** Whether every value of the enum is its own name (as the database stores it). */
function enumIsItsNames(type: GraphQLEnumType): boolean {
  let same = enumsAsNames.get(type);
  if (same === undefined) {
    same = type.getValues().every((value) => value.value === value.name);
    enumsAsNames.set(type, same);
  }
  return same;
}

/** A column's value as the schema serialises it: SQL over `source` giving its JSON text. */
export function serialised(
  source: string,
  type: GraphQLOutputType,
  column: ColumnMetadata,
): string {
  const nullable = getNullableType(type);
  if (isListType(nullable) || column.transformer) refuse("list or transformed column");
  const named = getNamedType(nullable);
  const db = columnType(column);
  // NULL becomes `null`; a column that cannot be NULL needs no test.
  const orNull = (text: string) => (column.isNullable ? `coalesce(${text}, 'null')` : text);
  // Enum names ([_A-Za-z][_0-9A-Za-z]*), uuids, decimals and ISO dates have nothing to escape.
  const quoted = (text: string) => orNull(`'"' || ${text} || '"'`);
  if (isEnumType(named)) {
    if (db !== "enum" || !enumIsItsNames(named)) refuse(`enum ${named.name}`);
    return quoted(source);
  }
  const accepts: Record<string, string[]> = {
    ID: ["uuid", "text"],
    String: ["text", "varchar", "uuid", "string"],
    Int: ["int", "integer", "smallint"],
    Boolean: ["boolean", "bool"],
    Decimal: ["numeric", "decimal"],
    LocalDate: ["date"],
    DateTimeISO: ["timestamptz", "timestamp with time zone"],
  };
  if (!accepts[named.name]?.includes(db)) refuse(`${named.name} over ${db}`);
  if (db === "uuid" || db === "date") return quoted(`${source}::text`);
  if (named.name === "Decimal") return quoted(`${source}::text`);
  // Date.prototype.toISOString: milliseconds (truncated, as Date keeps them), in UTC.
  if (named.name === "DateTimeISO")
    return quoted(`to_char(${source} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
  if (named.name === "Int" || named.name === "Boolean") return orNull(`${source}::text`);
  // Text: escaped by PostgreSQL's to_json as JSON.stringify escapes it.
  return orNull(`to_json(${source})::text`);
}

/**
 * The JSON text of the rows' `object` texts as an array, in the rows' order, with no spaces
 * (json_agg and json_build_object write ", " and " : ", which JSON.stringify does not).
 */
export function arrayOf(object: string): string {
  return `coalesce('[' || string_agg(${object}, ',') || ']', '[]')`;
}

function metadataOf(ctx: RequestContext, type: GraphQLObjectType): EntityMetadata {
  const metadata = ctx.db.entityMetadatas.find((m) => m.name === type.name);
  return metadata ?? refuse(`no entity for ${type.name}`);
}

/** A row of `qb` as the JSON object of `nodes`' selection on `type`. */
interface Level {
  /** SQL of the JSON text of one row (over `wrapper`), keys in the selection's order. */
  json: string;
  inner: string;
  wrapper: string;
}

function levelOf(
  ctx: RequestContext,
  op: Operation,
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
  qb: SelectQueryBuilder<ObjectLiteral>,
  depth: number,
  parameters: unknown[],
): Level {
  if (depth > MAX_DEPTH) refuse("too deep");
  if (!isPlain(qb)) refuse("not a plain query");
  const metadata = metadataOf(ctx, type);
  const main = qb.expressionMap.mainAlias!;
  if (main.metadata !== metadata) refuse("query of another entity");
  const fields = nodes.flatMap((node) =>
    selectedFields(node.selectionSet, type.name, op.fragments),
  );
  if (fields.length > MAX_FIELDS) refuse("too many fields");
  const definitions = type.getFields();
  type Part =
    | { key: string; typename: true }
    | { key: string; column: ColumnMetadata; field: GraphQLField<unknown, unknown> }
    | { key: string; node: FieldNode; field: GraphQLField<unknown, unknown>; name: string };
  const parts: Part[] = [];
  const columns = new Set<string>();
  for (const node of fields) {
    const key = node.alias?.value ?? node.name.value;
    const name = node.name.value;
    if (name === "__typename") {
      parts.push({ key, typename: true });
      continue;
    }
    const field = definitions[name] ?? refuse(`unknown field ${name}`);
    const handle = compiledRelation(`${type.name}.${name}`);
    if (handle) {
      columns.add(handle.spec.parentKey ?? "id");
      parts.push({ key, node, field, name });
      continue;
    }
    // A column read by graphql's default resolver: no resolver, no @Allow, no middleware.
    const column = metadata.findColumnWithPropertyName(name);
    if (field.resolve || !column || !column.isSelect || column.isVirtual)
      refuse(`computed field ${type.name}.${name}`);
    columns.add(name);
    parts.push({ key, column, field });
  }
  if (columns.size === 0) columns.add("id");
  const wrapper = `q${depth}`;
  const read = [...columns].sort();
  const shape = shapeOf(ctx.db, metadata, main.name, wrapper, read);
  qb.select(read.map((c) => `${main.name}.${c}`));
  const inner = innerQuery(qb, parameters);
  const pairs: string[] = [];
  for (const part of parts) {
    let value: string;
    if ("typename" in part) {
      value = `'"${type.name}"'`;
    } else if ("column" in part) {
      value = serialised(shape.column(part.column.propertyName), part.field.type, part.column);
    } else {
      const handle = compiledRelation(`${type.name}.${part.name}`)!;
      const childType = getNamedType(part.field.type);
      if (!isObjectType(childType)) refuse("relation to a non-object type");
      if (handle.spec.extra) refuse("relation with extra columns");
      let child: SelectQueryBuilder<ObjectLiteral>;
      try {
        const args = getArgumentValues(part.field, part.node, op.variables);
        child = handle.spec.query(ctx, args, shape.column(handle.spec.parentKey ?? "id"));
      } catch (error) {
        // A bad argument: graphql-js reports it on its field.
        if (isArgumentError(error)) refuse("bad argument");
        throw error;
      }
      const built = levelOf(ctx, op, childType, [part.node], child, depth + 1, parameters);
      value = handle.spec.single
        ? `coalesce((SELECT ${built.json} FROM (${built.inner}) ${built.wrapper} LIMIT 1), 'null')`
        : `(SELECT ${arrayOf(built.json)} FROM (${built.inner}) ${built.wrapper})`;
    }
    // Response keys are GraphQL names ([_A-Za-z][_0-9A-Za-z]*): nothing to escape.
    pairs.push(`'${pairs.length ? "," : "{"}"${part.key}":' || ${value}`);
  }
  return { json: pairs.length ? `(${pairs.join(" || ")} || '}')` : `'{}'`, inner, wrapper };
}

/** The statement answering root field `node` (a registered list), or refuses. */
function compileField(ctx: RequestContext, op: Operation, node: FieldNode): CompiledField {
  const spec = lists.get(node.name.value) ?? refuse(`${node.name.value} is not a list`);
  if (!spec.allow.some((permission) => ctx.permissions.has(permission))) refuse("not allowed");
  const root = op.schema.getQueryType()!;
  const field = root.getFields()[node.name.value];
  const type = getNamedType(field.type);
  if (!isObjectType(type)) refuse("not a list of objects");
  const parameters: unknown[] = [];
  let page: ReturnType<typeof pageQuery<ObjectLiteral, BaseFilter>>;
  try {
    const { filter, ...args } = getArgumentValues(field, node, op.variables) as ListArgs & {
      filter?: BaseFilter;
    };
    page = pageQuery(ctx, spec, args, filter ?? undefined);
  } catch (error) {
    if (isArgumentError(error)) refuse("bad argument");
    throw error;
  }
  const top = levelOf(ctx, op, type, [node], page.qb, 0, parameters);
  const limit = parameters.push(page.limit);
  const offset = parameters.push(page.offset);
  // string_agg keeps the order of the rows it is given, here the inner query's ORDER BY.
  const sql = `SELECT ${arrayOf(top.json)} AS rows FROM (${top.inner} LIMIT $${limit} OFFSET $${offset}) ${top.wrapper}`;
  return { key: node.alias?.value ?? node.name.value, sql, parameters };
}

/** Built statements (building is a pure function of the operation, caller and variables). */
const built = new PerOperation<{ fields?: CompiledField[] }>();

/**
 * The statements answering a query operation whose every root field compiles, or undefined
 * (graphql-js then answers it). Errors other than "cannot compile" are bugs and propagate.
 */
export function compileOperation(ctx: RequestContext, op: Operation): CompiledField[] | undefined {
  if (op.operation.operation !== "query") return undefined;
  return built.get(op.operation, callerKey(ctx, op.variables), () => ({ fields: build(ctx, op) }))
    .fields;
}

function build(ctx: RequestContext, op: Operation): CompiledField[] | undefined {
  try {
    const root = op.schema.getQueryType()!;
    return selectedFields(op.operation.selectionSet, root.name, op.fragments).map((node) =>
      compileField(ctx, op, node),
    );
  } catch (error) {
    if (error instanceof NotCompilable) return undefined;
    throw error;
  }
}
