import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../../auth/allow";
import { Permission } from "../../auth/permissions";
import { LocalDateScalar } from "../../common/scalars";
import type { RequestContext } from "../../context";
import { carryAssignmentsForward, previewCarryForward } from "./carry-forward.service";
import { CarryForwardPlan, CarryForwardResult } from "./carry-forward.types";

const CONGRESS = { description: "The new congress, whose indicators name predecessors." };
const PREVIOUS = { description: "The previous congress of the same province." };
const STARTS_ON = {
  nullable: true,
  description: "First day of the new assignments (YYYY-MM-DD); today in Vietnam when not given.",
};

@Resolver()
export class CarryForwardResolver {
  @Allow(Permission.AssignTarget)
  @Query(() => CarryForwardPlan, {
    description:
      "Previews carrying the previous term's assignments to the new term's continuing indicators: each open assignment of a predecessor, mapped to the same agency, its successor, or none. Nothing is written.",
  })
  assignmentCarryForward(
    @Arg("congressId", () => ID, CONGRESS) congressId: string,
    @Arg("previousCongressId", () => ID, PREVIOUS) previousCongressId: string,
    @Ctx() ctx: RequestContext,
    @Arg("startsOn", () => LocalDateScalar, STARTS_ON) startsOn?: string,
  ): Promise<CarryForwardPlan> {
    return previewCarryForward(ctx, { congressId, previousCongressId, startsOn });
  }

  @Allow(Permission.AssignTarget)
  @Mutation(() => CarryForwardResult, {
    description:
      "Confirms a preview of assignmentCarryForward: creates its assignments in one transaction, audited as one batch. A plan changed since the preview is a CONFLICT; assignments already there are skipped, so a second run creates nothing.",
  })
  carryAssignmentsForward(
    @Arg("congressId", () => ID, CONGRESS) congressId: string,
    @Arg("previousCongressId", () => ID, PREVIOUS) previousCongressId: string,
    @Arg("fingerprint", { description: "The preview's fingerprint." }) fingerprint: string,
    @Ctx() ctx: RequestContext,
    @Arg("startsOn", () => LocalDateScalar, STARTS_ON) startsOn?: string,
  ): Promise<CarryForwardResult> {
    return carryAssignmentsForward(ctx, { congressId, previousCongressId, startsOn, fingerprint });
  }
}
