import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { ClauseKind } from "../../common/enums";
import { createReadResolver } from "../../read/read-resolver";
import type { RequestContext } from "../../context";
import { Congress } from "./congress.entity";
import { ResolutionClause } from "./resolution-clause.entity";
import { Resolution } from "./resolution.entity";
import { clausesOf, resolutionList } from "./congress.service";
import { ResolutionFilter } from "./congress.inputs";

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
    return clausesOf(ctx, resolution.id, kind);
  }
}
