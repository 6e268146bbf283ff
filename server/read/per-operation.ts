/**
 * What is built for an operation and a caller, kept with the operation: a compiled statement
 * (compile.ts), the progress summary's statement for a selection (progress.loaders.ts). The
 * operation is the one Apollo's document store keeps for a query text, so what is kept here
 * lives as long as that parsed document; each operation keeps at most `perOperation` values.
 */
import type { FieldNode, OperationDefinitionNode } from "graphql";
import { LRUCache } from "lru-cache";
import type { RequestContext } from "../context";

/**
 * What building a statement reads besides the operation: the caller (permissions, and the ids
 * scope rules use) and the variables. A statement built from the same operation and key is
 * the one that would be built again.
 */
export function callerKey(ctx: RequestContext, variables: Record<string, unknown>): string {
  const user = ctx.user as { id?: string; agencyId?: string | null; provinceId?: string | null };
  return JSON.stringify([
    [...ctx.permissions].sort(),
    user?.id,
    user?.agencyId,
    user?.provinceId,
    variables,
  ]);
}

export class PerOperation<T extends object> {
  private readonly built = new WeakMap<OperationDefinitionNode | FieldNode, LRUCache<string, T>>();

  constructor(private readonly perOperation = 200) {}

  /**
   * The value built for `operation` (or one field node of it, when what is built depends on
   * that field's own selection) under `key`, built now if it was not kept.
   */
  get(operation: OperationDefinitionNode | FieldNode, key: string, build: () => T): T {
    let cache = this.built.get(operation);
    if (!cache) this.built.set(operation, (cache = new LRUCache({ max: this.perOperation })));
    let value = cache.get(key);
    if (!value) cache.set(key, (value = build()));
    return value;
  }
}
