/**
 * The relations of the schema, each declared once: its join (the related rows of one parent,
 * given the SQL of the parent's key), its scope rule (inside that query, imported from the
 * module that owns it, e.g. measurement.scope.ts) and the parent's columns it follows.
 *
 * Everything else derives from the declaration:
 * - the DataLoader (`load`): one statement per batch, the declared query run for each key
 *   (`leanGroups` in lean.ts), so a loader answers exactly what the nested subquery answers;
 * - the nested subquery of a list's statement (prefetch.ts), when the field resolver carries
 *   `@FromStatement(relation)`: that decorator is how a reader of the resolver knows the field
 *   is answered from its parent's statement (the resolver's body runs only when it was not);
 * - the response-shaped JSON of a compiled operation (compile.ts), same query, same scope;
 * - the columns a selection must read for it (projection.ts, `parentColumns`).
 *
 * Relations answered by a loader of their own (a link table) are declared with `loadedBy`
 * only, so that the projection still knows the columns they follow.
 */
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { RequestContext } from "../context";
import { leanGroups } from "./lean";
import { columnsFor } from "./projection";

export interface RelationSpec {
  /** The entity of the related rows. */
  entity: EntityTarget<ObjectLiteral>;
  /** One object (the first row, or null) rather than a list. */
  single?: boolean;
  /** The parent's property it follows: "id" (the default), or a foreign key. */
  parentKey?: string;
  /**
   * The related rows of one parent (`parentKey`: the SQL of its key), with the field's
   * arguments and the caller's scope; throws a typed error (badInput) for a bad argument.
   */
  query: (
    ctx: RequestContext,
    args: Record<string, unknown>,
    parentKey: string,
  ) => SelectQueryBuilder<ObjectLiteral>;
  /** Extra SQL expressions to read with each row (see leanMany). */
  extra?: Record<string, string>;
}

export interface Relation<C = ObjectLiteral> {
  /** `Type.field`. */
  readonly name: string;
  readonly spec: RelationSpec;
  /** The related rows of `parent` through this request's loader (batched per tick). */
  load(
    ctx: RequestContext,
    parent: object,
    args?: Record<string, unknown>,
    info?: GraphQLResolveInfo,
  ): Promise<C[]>;
  /** The one related row (a `single` relation), or null. */
  loadOne(
    ctx: RequestContext,
    parent: object,
    args?: Record<string, unknown>,
    info?: GraphQLResolveInfo,
  ): Promise<C | null>;
}

const declared = new Map<string, Relation>();
/** `Type.field` → the parent's columns a relation answered by its own loader follows. */
const loaderOnly = new Map<string, string[]>();
/** `Type.field` of the resolvers marked @FromStatement. */
const fromStatement = new Set<string>();

function keyOf(spec: RelationSpec): string {
  return spec.parentKey ?? "id";
}

/** Declares `Type.field`; returns the handle its field resolver loads through. */
export function relation<C extends ObjectLiteral>(name: string, spec: RelationSpec): Relation<C> {
  if (declared.has(name) || loaderOnly.has(name)) throw new Error(`${name} is declared twice`);
  const parentKey = keyOf(spec);
  const handle: Relation<C> = {
    name,
    spec,
    async load(ctx, parent, args = {}, info) {
      const key = (parent as Record<string, unknown>)[parentKey] as string | null | undefined;
      if (key === null || key === undefined) return [];
      const columns = columnsFor(info, ctx.db.getMetadata(spec.entity));
      const loader = ctx.loaders.custom<string, C[]>(
        `${name}:${JSON.stringify(args)}:${columns?.join(",") ?? "*"}`,
        (keys) =>
          leanGroups<C>(ctx.db, keys, (sql) => spec.query(ctx, args, sql), {
            columns,
            extra: spec.extra,
          }),
      );
      return loader.load(key);
    },
    async loadOne(ctx, parent, args, info) {
      return (await handle.load(ctx, parent, args, info))[0] ?? null;
    },
  };
  declared.set(name, handle as unknown as Relation);
  return handle;
}

/** Declares `Type.field` answered by a loader of its own, reading these columns of its parent. */
export function loadedBy(name: string, parentColumnsFollowed: string[] = []): void {
  if (declared.has(name) || loaderOnly.has(name)) throw new Error(`${name} is declared twice`);
  loaderOnly.set(name, parentColumnsFollowed);
}

/** The one row whose id is the parent's `foreignKey`. */
export function belongsTo(entity: EntityTarget<ObjectLiteral>, foreignKey: string): RelationSpec {
  return {
    entity,
    single: true,
    parentKey: foreignKey,
    query: (ctx, _args, key) =>
      ctx.db.getRepository(entity).createQueryBuilder("row").where(`row.id = ${key}`),
  };
}

/** The rows whose `column` is the parent's id, in `order` ("row.column": direction). */
export function hasMany(
  entity: EntityTarget<ObjectLiteral>,
  column: string,
  order: Record<string, "ASC" | "DESC">,
): RelationSpec {
  return {
    entity,
    query: (ctx, _args, id) => {
      const qb = ctx.db
        .getRepository(entity)
        .createQueryBuilder("row")
        .where(`row.${column} = ${id}`);
      for (const [sort, direction] of Object.entries(order)) qb.addOrderBy(sort, direction);
      return qb;
    },
  };
}

/**
 * Marks a field resolver as answered from its parent's compiled statement whenever the
 * parent was read by a list (server/read/prefetch.ts); its body (the loader) runs otherwise.
 */
export function FromStatement(handle: { readonly name: string }): MethodDecorator {
  return () => {
    fromStatement.add(handle.name);
  };
}

/** The declared relation of `Type.field` if its resolver is marked @FromStatement. */
export function compiledRelation(name: string): Relation | undefined {
  return fromStatement.has(name) ? declared.get(name) : undefined;
}

/** `Type.field` of every relation answered from its parent's statement. */
export function compiledRelationNames(): string[] {
  return [...fromStatement];
}

/** The parent's columns `Type.field` follows besides its id, or undefined when not a relation. */
export function parentColumns(name: string): string[] | undefined {
  const handle = declared.get(name);
  if (handle) {
    const key = keyOf(handle.spec);
    return key === "id" ? [] : [key];
  }
  return loaderOnly.get(name);
}

/** A bad argument of a relation is the caller's error: anything else thrown is a bug. */
export function isArgumentError(error: unknown): boolean {
  return error instanceof GraphQLError;
}
