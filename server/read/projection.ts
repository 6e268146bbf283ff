/**
 * Which columns a GraphQL selection needs, so that hot reads fetch only those
 * (as PostGraphile does) rather than every column of every row.
 *
 * A selected field that is a column is fetched; a relation declared in
 * server/read/relations.ts adds the id and the keys it follows. A field that is
 * neither (a computed field, a progress) may need anything, so the whole row
 * is read: projection only makes a read smaller when it is sure, never wrong.
 */
import type {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLResolveInfo,
  SelectionSetNode,
} from "graphql";
import type { EntityMetadata } from "typeorm/metadata/EntityMetadata";
import { parentColumns } from "./relations";

const cache = new WeakMap<FieldNode, Map<EntityMetadata, string[] | undefined>>();

/** The names of the fields a selection set asks for, through fragments. */
export function fieldNames(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  into: Set<string>,
): Set<string> {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === "Field") into.add(selection.name.value);
    else if (selection.kind === "InlineFragment")
      fieldNames(selection.selectionSet, fragments, into);
    else fieldNames(fragments[selection.name.value]?.selectionSet, fragments, into);
  }
  return into;
}

/** Property names to read for the rows of these field nodes, or undefined for the whole row. */
export function columnsOf(
  nodes: readonly FieldNode[],
  fragments: Record<string, FragmentDefinitionNode>,
  metadata: EntityMetadata,
): string[] | undefined {
  let byEntity = cache.get(nodes[0]);
  if (!byEntity) cache.set(nodes[0], (byEntity = new Map()));
  if (byEntity.has(metadata)) return byEntity.get(metadata);
  const names = new Set<string>();
  for (const node of nodes) fieldNames(node.selectionSet, fragments, names);
  const columns = new Set<string>();
  let whole = false;
  for (const name of names) {
    if (name === "__typename") continue;
    const needs = parentColumns(`${metadata.name}.${name}`);
    if (needs) {
      // A relation follows the row's id (and these keys).
      for (const column of [...metadata.primaryColumns.map((c) => c.propertyName), ...needs])
        columns.add(column);
      continue;
    }
    const column = metadata.findColumnWithPropertyName(name);
    if (column && column.isSelect) columns.add(name);
    else whole = true;
  }
  const result = whole ? undefined : [...columns].sort();
  byEntity.set(metadata, result);
  return result;
}

/** Property names to read for this field's rows, or undefined for the whole row. */
export function columnsFor(
  info: GraphQLResolveInfo | undefined,
  metadata: EntityMetadata,
): string[] | undefined {
  return info && columnsOf(info.fieldNodes, info.fragments, metadata);
}
