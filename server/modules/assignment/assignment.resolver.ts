import {
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  Resolver,
  Root,
} from "type-graphql";
import { Allow } from "../../auth/allow";
import { Permission } from "../../auth/permissions";
import { AssignmentRole, ReportingFrequency } from "../../common/enums";
import { ALIAS, whereEquals, type ListSpec } from "../../common/list";
import { createAdminResolver } from "../../common/admin-resolver";
import type { RequestContext } from "../../context";
import { Agency } from "../agency/agency.entity";
import { Indicator } from "../indicator/indicator.entity";
import { whereIndicatorWithin } from "../indicator/indicator.filters";
import { Assignment } from "./assignment.entity";
import { assignmentCrud, assignTarget } from "./assignment.service";
import { AssignmentArgs, AssignTargetArgs, UpdateAssignmentArgs } from "./assignment.inputs";

@InputType({ description: "Filter for allAssignments." })
export class AssignmentFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({ nullable: true, description: "Search in the note." }) q?: string;
  @Field(() => ID, { nullable: true }) indicatorId?: string;
  @Field(() => ID, { nullable: true }) agencyId?: string;
  @Field(() => ID, { nullable: true, description: "Assignments of this target's indicators." })
  targetId?: string;
  @Field(() => ID, { nullable: true }) congressId?: string;
  @Field(() => AssignmentRole, { nullable: true }) role?: AssignmentRole;
  @Field(() => ReportingFrequency, { nullable: true }) frequency?: ReportingFrequency;
  @Field({ nullable: true, description: "Only current (true) or only ended (false)." })
  active?: boolean;
}

export const assignmentList: ListSpec<Assignment, AssignmentFilter> = {
  entity: Assignment,
  typeName: "Assignment",
  allow: [Permission.ReadPublic],
  sortable: { startsOn: "startsOn", endsOn: "endsOn", role: "role", assignedAt: "assignedAt" },
  defaultSort: { field: "startsOn", order: "ASC" },
  searchable: ["note"],
  filter(qb, f) {
    whereEquals(qb, "indicatorId", f.indicatorId, "filter.indicatorId");
    whereEquals(qb, "agencyId", f.agencyId, "filter.agencyId");
    whereEquals(qb, "role", f.role, "filter.role");
    whereEquals(qb, "frequency", f.frequency, "filter.frequency");
    if (f.active === true) qb.andWhere(`${ALIAS}.endsOn IS NULL`);
    if (f.active === false) qb.andWhere(`${ALIAS}.endsOn IS NOT NULL`);
    whereIndicatorWithin(qb, f);
  },
};

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
