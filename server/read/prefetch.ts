/**
 * Relations a list reads in its own statement (server/read/lean.ts, `Nested`):
 * when a page's selection asks for a relation whose resolver is marked
 * `@FromStatement` (server/read/relations.ts), the relation's query becomes a correlated
 * subquery of the page's statement, recursively, and its field resolver
 * returns the rows read with the parent (`prefetched`) instead of asking a
 * loader. Fields that are not marked, repeated under one response key or
 * under @skip/@include still go through their loaders as before.
 */
import {
  defaultFieldResolver,
  getNamedType,
  isObjectType,
  type GraphQLSchema,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from "graphql";
import { getArgumentValues } from "graphql/execution/values";
import type { RequestContext } from "../context";
import { prefetched, type Nested } from "./lean";
import { columnsOf } from "./projection";
import { compiledRelation, compiledRelationNames } from "./relations";

/** How deep relations nest in one statement (a page, its children, theirs). */
const MAX_DEPTH = 3;

/**
 * Makes each registered relation answer from its parent's row when it was read with it,
 * synchronously, before type-graphql's resolver (which returns a promise whenever the field
 * has arguments, and so makes graphql wait on every object of the page). A relation guarded
 * by @Allow is refused here, since this answer would pass by its check.
 */
export function answerFromParent(schema: GraphQLSchema, guarded: ReadonlySet<string>): void {
  for (const name of compiledRelationNames()) {
    if (guarded.has(name)) throw new Error(`${name} has @Allow: it cannot be read with its parent`);
    const [typeName, fieldName] = name.split(".");
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field) throw new Error(`${name} is marked @FromStatement but is not in the schema`);
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (root, args, context, info) => {
      const read = prefetched(root as object, String(info.path.key));
      return read !== undefined ? read : resolve(root, args, context, info);
    };
  }
}

function fieldsOf(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  into: FieldNode[] = [],
): FieldNode[] {
  for (const selection of set?.selections ?? []) {
    if (selection.directives?.length) continue;
    if (selection.kind === "Field") into.push(selection);
    else if (selection.kind === "InlineFragment") fieldsOf(selection.selectionSet, fragments, into);
    else fieldsOf(fragments[selection.name.value]?.selectionSet, fragments, into);
  }
  return into;
}

/** The registered relations a selection set of `typeName` asks for, recursively. */
function plan(
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  typeName: string,
  nodes: readonly FieldNode[],
  depth: number,
): Nested[] {
  if (depth > MAX_DEPTH) return [];
  const type = info.schema.getType(typeName);
  if (!isObjectType(type)) return [];
  const fields = nodes.flatMap((node) => fieldsOf(node.selectionSet, info.fragments));
  const keys = new Map<string, number>();
  for (const field of fields) {
    const key = field.alias?.value ?? field.name.value;
    keys.set(key, (keys.get(key) ?? 0) + 1);
  }
  const nested: Nested[] = [];
  for (const field of fields) {
    const key = field.alias?.value ?? field.name.value;
    const relation = compiledRelation(`${typeName}.${field.name.value}`)?.spec;
    const definition = type.getFields()[field.name.value];
    if (!relation || !definition || keys.get(key) !== 1) continue;
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(definition, field, info.variableValues);
    } catch {
      continue; // the resolver reports it
    }
    const metadata = ctx.db.getMetadata(relation.entity);
    const childType = getNamedType(definition.type).name;
    nested.push({
      key,
      single: !!relation.single,
      parentKey: relation.parentKey ?? "id",
      query: (parentKey) => relation.query(ctx, args, parentKey),
      columns: columnsOf([field], info.fragments, metadata),
      extra: relation.extra,
      nested: plan(ctx, info, childType, [field], depth + 1),
    });
  }
  return nested;
}

/**
 * The fields named `name` that the selection sets of `nodes` ask for, through fragments (not
 * those under @skip or @include, which their resolvers answer): how a resolver that returns
 * more than one level (the progress summary's lines, each with its target) finds the field
 * nodes of a type below it.
 */
export function subfields(
  nodes: readonly FieldNode[],
  name: string,
  fragments: Record<string, FragmentDefinitionNode>,
): FieldNode[] {
  return nodes
    .flatMap((node) => fieldsOf(node.selectionSet, fragments))
    .filter((field) => field.name.value === name);
}

/** The registered relations the selection sets of `nodes`, of type `typeName`, ask for. */
export function relationsSelected(
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  typeName: string,
  nodes: readonly FieldNode[],
): Nested[] {
  return plan(ctx, info, typeName, nodes, 1);
}

/** The relations to read with the rows of a list field (its own selection). */
export function nestedFor(ctx: RequestContext, info: GraphQLResolveInfo): Nested[] {
  return plan(ctx, info, getNamedType(info.returnType).name, info.fieldNodes, 1);
}
