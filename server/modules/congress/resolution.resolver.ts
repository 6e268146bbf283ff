import { Arg, Ctx, Field, FieldResolver, ID, InputType, Resolver, Root } from "type-graphql";
import { Permission } from "../../auth/permissions";
import { ClauseKind } from "../../common/enums";
import { whereEquals, type ListSpec } from "../../common/list";
import { createReadResolver } from "../../read/read-resolver";
import type { RequestContext } from "../../context";
import { Congress } from "./congress.entity";
import { ResolutionClause } from "./resolution-clause.entity";
import { Resolution } from "./resolution.entity";

@InputType({ description: "Filter for allResolutions." })
export class ResolutionFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({ nullable: true, description: "Search in the title." }) q?: string;
  @Field(() => ID, { nullable: true }) congressId?: string;
}

export const resolutionList: ListSpec<Resolution, ResolutionFilter> = {
  entity: Resolution,
  typeName: "Resolution",
  allow: [Permission.ReadPublic],
  sortable: { title: "title", adoptedOn: "adoptedOn" },
  defaultSort: { field: "adoptedOn", order: "DESC" },
  searchable: ["title"],
  filter(qb, f) {
    whereEquals(qb, "congressId", f.congressId, "filter.congressId");
  },
};

@Resolver(() => Resolution)
export class ResolutionResolver extends createReadResolver({
  type: Resolution,
  filter: ResolutionFilter,
  plural: "Resolutions",
  spec: resolutionList,
}) {
  @FieldResolver(() => Congress)
  async congress(
    @Root() resolution: Resolution,
    @Ctx() ctx: RequestContext,
  ): Promise<Congress | null> {
    return ctx.loaders.byId(Congress).load(resolution.congressId);
  }

  @FieldResolver(() => [ResolutionClause], {
    description: "Assessment, viewpoints and general goal, in order.",
  })
  async clauses(
    @Root() resolution: Resolution,
    @Ctx() ctx: RequestContext,
    @Arg("kind", () => ClauseKind, { nullable: true }) kind?: ClauseKind,
  ): Promise<ResolutionClause[]> {
    const rows = await ctx.loaders
      .manyBy(ResolutionClause, "resolutionId", { orderBy: { "row.position": "ASC" } })
      .load(resolution.id);
    return kind ? rows.filter((c) => c.kind === kind) : rows;
  }
}
