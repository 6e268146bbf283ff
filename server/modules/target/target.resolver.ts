import type { GraphQLResolveInfo } from "graphql";
import { Ctx, Field, FieldResolver, ID, Info, InputType, Int, Resolver, Root } from "type-graphql";
import { FromStatement } from "../../read/relations";
import { Permission } from "../../auth/permissions";
import { TargetDomain } from "../../common/enums";
import { assertId } from "../../common/ids";
import { ALIAS, whereEquals, type ListSpec } from "../../common/list";
import { createAdminResolver } from "../../common/admin-resolver";
import type { RequestContext } from "../../context";
import { Congress } from "../congress/congress.entity";
import { Indicator } from "../indicator/indicator.entity";
import { KeyTask } from "../key-task/key-task.entity";
import { keyTasksOfTargets } from "../key-task/key-task.loaders";
import { targetIndicators } from "./target.loaders";
import { Target } from "./target.entity";
import { targetCrud } from "./target.service";
import { TargetArgs, UpdateTargetArgs } from "./target.inputs";

@InputType({ description: "Filter for allTargets." })
export class TargetFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({ nullable: true, description: "Search in title and verbatim text." }) q?: string;
  @Field(() => ID, { nullable: true }) congressId?: string;
  @Field(() => Int, { nullable: true }) number?: number;
  @Field(() => TargetDomain, { nullable: true }) domain?: TargetDomain;
  @Field(() => ID, { nullable: true, description: "Targets that serve this key task." })
  keyTaskId?: string;
  @Field(() => ID, {
    nullable: true,
    description: "Targets with an indicator actively assigned to this agency.",
  })
  agencyId?: string;
}

export const targetList: ListSpec<Target, TargetFilter> = {
  entity: Target,
  typeName: "Target",
  allow: [Permission.ReadPublic],
  sortable: { number: "number", title: "title", domain: "domain", createdAt: "createdAt" },
  defaultSort: { field: "number", order: "ASC" },
  searchable: ["title", "titleEn", "text"],
  filter(qb, f) {
    whereEquals(qb, "congressId", f.congressId, "filter.congressId");
    whereEquals(qb, "number", f.number, "filter.number");
    whereEquals(qb, "domain", f.domain, "filter.domain");
    if (f.keyTaskId) {
      qb.andWhere(
        `${ALIAS}.id IN (SELECT target_id FROM target_key_task WHERE key_task_id = :keyTaskId)`,
        {
          keyTaskId: assertId(f.keyTaskId, "filter.keyTaskId"),
        },
      );
    }
    if (f.agencyId) {
      qb.andWhere(
        `${ALIAS}.id IN (SELECT i.target_id FROM indicator i JOIN assignment a ON a.indicator_id = i.id
          WHERE a.agency_id = :agencyId AND a.ends_on IS NULL)`,
        { agencyId: assertId(f.agencyId, "filter.agencyId") },
      );
    }
  },
};

@Resolver(() => Target)
export class TargetResolver extends createAdminResolver({
  type: Target,
  filter: TargetFilter,
  plural: "Targets",
  spec: targetList,
  crud: targetCrud,
  args: TargetArgs,
  updateArgs: UpdateTargetArgs,
  manage: Permission.ManageCongress,
}) {
  @FieldResolver(() => Congress)
  async congress(@Root() target: Target, @Ctx() ctx: RequestContext): Promise<Congress | null> {
    return ctx.loaders.byId(Congress).load(target.congressId);
  }

  @FieldResolver(() => [KeyTask], { description: "Key tasks this target serves." })
  async keyTasks(@Root() target: Target, @Ctx() ctx: RequestContext): Promise<KeyTask[]> {
    return keyTasksOfTargets(ctx).load(target.id);
  }

  @FieldResolver(() => [ID], { description: "Ids of the key tasks this target serves." })
  async keyTaskIds(@Root() target: Target, @Ctx() ctx: RequestContext): Promise<string[]> {
    return (await keyTasksOfTargets(ctx).load(target.id)).map((k) => k.id);
  }

  @FieldResolver(() => [Indicator], { description: "Its measurable indicators, in order." })
  @FromStatement(targetIndicators)
  async indicators(
    @Root() target: Target,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Indicator[]> {
    return targetIndicators.load(ctx, target, {}, info);
  }
}
