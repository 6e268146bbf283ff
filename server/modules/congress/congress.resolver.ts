import { Ctx, Field, ID, InputType, Int, FieldResolver, Resolver, Root } from "type-graphql";
import { Permission } from "../../auth/permissions";
import { whereEquals, type ListSpec } from "../../common/list";
import { createAdminResolver } from "../../common/admin-resolver";
import type { RequestContext } from "../../context";
import { KeyTask } from "../key-task/key-task.entity";
import { Province } from "../province/province.entity";
import { Target } from "../target/target.entity";
import { Congress } from "./congress.entity";
import { Resolution } from "./resolution.entity";
import { congressCrud } from "./congress.service";
import { CongressArgs, UpdateCongressArgs } from "./congress.inputs";

@InputType({ description: "Filter for allCongresses." })
export class CongressFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({ nullable: true, description: "Search in the party committee and place." }) q?: string;
  @Field(() => ID, { nullable: true }) provinceId?: string;
  @Field(() => Int, { nullable: true }) ordinal?: number;
}

export const congressList: ListSpec<Congress, CongressFilter> = {
  entity: Congress,
  typeName: "Congress",
  allow: [Permission.ReadPublic],
  sortable: {
    ordinal: "ordinal",
    termStartYear: "termStartYear",
    heldFrom: "heldFrom",
    createdAt: "createdAt",
  },
  defaultSort: { field: "heldFrom", order: "DESC" },
  searchable: ["partyCommittee", "place"],
  filter(qb, f) {
    whereEquals(qb, "provinceId", f.provinceId, "filter.provinceId");
    whereEquals(qb, "ordinal", f.ordinal, "filter.ordinal");
  },
};

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
    const rows = await ctx.loaders.manyBy(Resolution, "congressId").load(congress.id);
    return rows[0] ?? null;
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
