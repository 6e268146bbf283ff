import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Permission } from "../../auth/permissions";
import { createAdminResolver } from "../../common/admin-resolver";
import type { RequestContext } from "../../context";
import { KeyTask } from "../key-task/key-task.entity";
import { Province } from "../province/province.entity";
import { Target } from "../target/target.entity";
import { Congress } from "./congress.entity";
import { Resolution } from "./resolution.entity";
import { congressCrud, congressList, resolutionOf } from "./congress.service";
import { CongressArgs, UpdateCongressArgs, CongressFilter } from "./congress.inputs";

@Resolver(() => Congress)
export class CongressResolver extends createAdminResolver({
  type: Congress,
  filter: CongressFilter,
  plural: "Congresses",
  spec: congressList,
  crud: congressCrud,
  args: CongressArgs,
  updateArgs: UpdateCongressArgs,
  manage: Permission.ManageCongress,
}) {
  @FieldResolver(() => Province)
  async province(@Root() congress: Congress, @Ctx() ctx: RequestContext): Promise<Province | null> {
    return ctx.loaders.byId(Province).load(congress.provinceId);
  }

  @FieldResolver(() => Resolution, { nullable: true, description: "The resolution it adopted." })
  async resolution(
    @Root() congress: Congress,
    @Ctx() ctx: RequestContext,
  ): Promise<Resolution | null> {
    return resolutionOf(ctx, congress.id);
  }

  @FieldResolver(() => [KeyTask], { description: "Key tasks, in order." })
  async keyTasks(@Root() congress: Congress, @Ctx() ctx: RequestContext): Promise<KeyTask[]> {
    return ctx.loaders
      .manyBy(KeyTask, "congressId", { orderBy: { "row.ordinal": "ASC" } })
      .load(congress.id);
  }

  @FieldResolver(() => [Target], { description: "Main targets, by number." })
  async targets(@Root() congress: Congress, @Ctx() ctx: RequestContext): Promise<Target[]> {
    return ctx.loaders
      .manyBy(Target, "congressId", { orderBy: { "row.number": "ASC" } })
      .load(congress.id);
  }
}
