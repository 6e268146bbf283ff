import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, ID, Info, Resolver, Root } from "type-graphql";
import { FromStatement } from "../../read/relations";
import { Permission } from "../../auth/permissions";
import { createAdminResolver } from "../../common/admin-resolver";
import type { RequestContext } from "../../context";
import { Congress } from "../congress/congress.entity";
import { Indicator } from "../indicator/indicator.entity";
import { KeyTask } from "../key-task/key-task.entity";
import { keyTasksOfTargets } from "../key-task/key-task.loaders";
import { targetIndicators } from "./target.loaders";
import { Target } from "./target.entity";
import { targetCrud, targetList } from "./target.service";
import { TargetArgs, UpdateTargetArgs, TargetFilter } from "./target.inputs";

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
