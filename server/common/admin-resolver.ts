/**
 * The read queries plus `createX`, `updateX(id, ...)` and `deleteX(id)` with
 * flat arguments, as ra-data-graphql-simple sends them; delete returns the
 * deleted record.
 */
import { Arg, Args, Ctx, ID, Mutation, Resolver, type ClassType } from "type-graphql";
import type { ObjectLiteral } from "typeorm";
import { Allow } from "../auth/allow";
import type { Permission } from "../auth/permissions";
import type { RequestContext } from "../context";
import { createRecord, deleteRecord, updateRecord, type CrudSpec } from "./crud";
import type { BaseFilter } from "./list";
import { createReadResolver, type ReadResolverOptions } from "../read/read-resolver";

export interface AdminResolverOptions<
  T extends ObjectLiteral,
  F extends BaseFilter,
  A extends object,
> extends ReadResolverOptions<T, F> {
  crud: CrudSpec<T, A>;
  /** Arguments of createX; updateX takes the same, all optional, plus `id`. */
  args: ClassType<A>;
  updateArgs: ClassType<A & { id: string }>;
  manage: Permission;
}

export function createAdminResolver<
  T extends ObjectLiteral,
  F extends BaseFilter,
  A extends object,
>(options: AdminResolverOptions<T, F, A>) {
  const { type, crud, args: argsType, updateArgs, manage } = options;
  const name = options.spec.typeName;

  @Resolver()
  abstract class AdminResolver extends createReadResolver(options) {
    @Allow(manage)
    @Mutation(() => type, {
      name: `create${name}`,
      description: `Creates a ${name} (administrators).`,
    })
    async create(@Args(() => argsType) args: A, @Ctx() ctx: RequestContext): Promise<T> {
      return createRecord(ctx, crud, args);
    }

    @Allow(manage)
    @Mutation(() => type, {
      name: `update${name}`,
      description: `Changes a ${name}; omitted fields stay as they are.`,
    })
    async update(
      @Args(() => updateArgs) args: A & { id: string },
      @Ctx() ctx: RequestContext,
    ): Promise<T> {
      const { id, ...rest } = args;
      return updateRecord(ctx, crud, id, rest as A);
    }

    @Allow(manage)
    @Mutation(() => type, {
      name: `delete${name}`,
      description: `Deletes a ${name} and returns it; refused while history depends on it.`,
    })
    async delete(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<T> {
      return deleteRecord(ctx, crud, id);
    }
  }
  return AdminResolver;
}
