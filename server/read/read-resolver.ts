/**
 * The three read queries of a resource, named as ra-data-graphql-simple
 * expects: `allX`, `_allXMeta` and `X`. Each module's resolver extends the
 * class this returns and adds its relation fields.
 */
import type { GraphQLResolveInfo } from "graphql";
import {
  Arg,
  Args,
  Ctx,
  ID,
  Info,
  Query,
  registerEnumType,
  Resolver,
  type ClassType,
} from "type-graphql";
import type { ObjectLiteral } from "typeorm";
import { Allow } from "../auth/allow";
import type { RequestContext } from "../context";
import { compiledList } from "./compile";
import { nestedFor } from "./prefetch";
import { columnsFor } from "./projection";
import {
  countRows,
  findPage,
  findVisible,
  ListArgs,
  ListMetadata,
  sortFieldsOf,
  type BaseFilter,
  type ListSpec,
} from "../common/list";

export interface ReadResolverOptions<T extends ObjectLiteral, F extends BaseFilter> {
  type: ClassType<T>;
  filter: ClassType<F>;
  /** "Targets" for allTargets. */
  plural: string;
  spec: ListSpec<T, F>;
}

export function createReadResolver<T extends ObjectLiteral, F extends BaseFilter>(
  options: ReadResolverOptions<T, F>,
) {
  const { type, filter: filterType, plural, spec } = options;
  const allow = spec.allow;
  const name = spec.typeName;
  // The sort whitelist, published so clients (the admin) take it from generated code.
  const sortFields = sortFieldsOf(spec.sortable);
  const sortEnum = Object.fromEntries(sortFields.map((f) => [f, f]));
  registerEnumType(sortEnum, {
    name: `${name}SortField`,
    description: `The fields all${plural} sorts by (its \`sortField\`).`,
  });
  // `allX` is answered by one compiled statement when its whole selection compiles.
  compiledList(`all${plural}`, spec);

  @Resolver()
  abstract class ReadResolver {
    @Allow(...allow)
    @Query(() => [type], { name: `all${plural}`, description: `A page of ${plural}, 0-based.` })
    async list(
      @Args(() => ListArgs) args: ListArgs,
      @Arg("filter", () => filterType, { nullable: true }) filter: F | undefined,
      @Ctx() ctx: RequestContext,
      @Info() info: GraphQLResolveInfo,
    ): Promise<T[]> {
      const columns = columnsFor(info, ctx.db.getMetadata(spec.entity));
      return findPage(ctx, spec, args, filter, columns, nestedFor(ctx, info));
    }

    @Allow(...allow)
    @Query(() => ListMetadata, {
      name: `_all${plural}Meta`,
      description: `How many ${plural} match the filter.`,
    })
    async meta(
      @Args(() => ListArgs) args: ListArgs,
      @Arg("filter", () => filterType, { nullable: true }) filter: F | undefined,
      @Ctx() ctx: RequestContext,
    ): Promise<ListMetadata> {
      void args; // accepted for ra-data-graphql-simple, which sends them
      return { count: await countRows(ctx, spec, filter) };
    }

    @Allow(...allow)
    @Query(() => [sortEnum], {
      name: `_all${plural}SortFields`,
      description: `The values all${plural} accepts as \`sortField\`.`,
    })
    sortFields(): string[] {
      return sortFields;
    }

    @Allow(...allow)
    @Query(() => type, { name, description: `One ${name} by id.` })
    async one(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<T> {
      return findVisible(ctx, spec, id);
    }
  }
  return ReadResolver;
}
