import { Args, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Allow } from "../../auth/allow";
import { Permission } from "../../auth/permissions";
import { createAdminResolver } from "../../common/admin-resolver";
import type { RequestContext } from "../../context";
import { Agency } from "../agency/agency.entity";
import { Indicator } from "../indicator/indicator.entity";
import { Assignment } from "./assignment.entity";
import { assignmentCrud, assignTarget, assignmentList } from "./assignment.service";
import {
  AssignmentArgs,
  AssignTargetArgs,
  UpdateAssignmentArgs,
  AssignmentFilter,
} from "./assignment.inputs";

@Resolver(() => Assignment)
export class AssignmentResolver extends createAdminResolver({
  type: Assignment,
  filter: AssignmentFilter,
  plural: "Assignments",
  spec: assignmentList,
  crud: assignmentCrud,
  args: AssignmentArgs,
  updateArgs: UpdateAssignmentArgs,
  manage: Permission.AssignTarget,
}) {
  @FieldResolver(() => Indicator)
  async indicator(
    @Root() assignment: Assignment,
    @Ctx() ctx: RequestContext,
  ): Promise<Indicator | null> {
    return ctx.loaders.byId(Indicator).load(assignment.indicatorId);
  }

  @FieldResolver(() => Agency)
  async agency(@Root() assignment: Assignment, @Ctx() ctx: RequestContext): Promise<Agency | null> {
    return ctx.loaders.byId(Agency).load(assignment.agencyId);
  }

  @Allow(Permission.AssignTarget)
  @Mutation(() => [Assignment], {
    description:
      "Assigns every active indicator of a target (or one indicator) to an agency. LEAD moves the lead: the current lead's assignment ends the day before. Returns the assignments created.",
  })
  async assignTarget(
    @Args(() => AssignTargetArgs) args: AssignTargetArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Assignment[]> {
    return assignTarget(ctx, args);
  }
}
