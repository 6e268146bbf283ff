import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Permission } from "../../auth/permissions";
import { createAdminResolver } from "../../common/admin-resolver";
import type { RequestContext } from "../../context";
import { Assignment } from "../assignment/assignment.entity";
import { Measurement } from "../measurement/measurement.entity";
import { assignmentsBy } from "../assignment/assignment.loaders";
import { agencyFigures } from "../measurement/measurement.loaders";
import "./agency.loaders";
import { Province } from "../province/province.entity";
import { Agency } from "./agency.entity";
import { agencyCrud, agencyList } from "./agency.service";
import { AgencyArgs, UpdateAgencyArgs, AgencyFilter } from "./agency.inputs";

@Resolver(() => Agency)
export class AgencyResolver extends createAdminResolver({
  type: Agency,
  filter: AgencyFilter,
  plural: "Agencies",
  spec: agencyList,
  crud: agencyCrud,
  args: AgencyArgs,
  updateArgs: UpdateAgencyArgs,
  manage: Permission.ManageAgency,
}) {
  @FieldResolver(() => Province)
  async province(@Root() agency: Agency, @Ctx() ctx: RequestContext): Promise<Province | null> {
    return ctx.loaders.byId(Province).load(agency.provinceId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The agency above it." })
  async parent(@Root() agency: Agency, @Ctx() ctx: RequestContext): Promise<Agency | null> {
    return agency.parentId ? ctx.loaders.byId(Agency).load(agency.parentId) : null;
  }

  @FieldResolver(() => [Agency], { description: "Agencies directly under it." })
  async children(@Root() agency: Agency, @Ctx() ctx: RequestContext): Promise<Agency[]> {
    return ctx.loaders
      .manyBy(Agency, "parentId", { orderBy: { "row.code": "ASC" } })
      .load(agency.id);
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The agency it was merged into." })
  async successor(@Root() agency: Agency, @Ctx() ctx: RequestContext): Promise<Agency | null> {
    return agency.successorId ? ctx.loaders.byId(Agency).load(agency.successorId) : null;
  }

  @FieldResolver(() => [Agency], { description: "Agencies merged into this one." })
  async predecessors(@Root() agency: Agency, @Ctx() ctx: RequestContext): Promise<Agency[]> {
    return ctx.loaders
      .manyBy(Agency, "successorId", { orderBy: { "row.code": "ASC" } })
      .load(agency.id);
  }

  @FieldResolver(() => [Assignment], {
    description: "Indicators it leads or coordinates, current and past.",
  })
  async assignments(
    @Root() agency: Agency,
    @Ctx() ctx: RequestContext,
    @Arg("active", () => Boolean, {
      nullable: true,
      description: "Only current (true) or only ended (false).",
    })
    active?: boolean,
  ): Promise<Assignment[]> {
    return assignmentsBy(ctx, "agencyId", agency.id, active);
  }

  @FieldResolver(() => [Measurement], {
    description: "Figures it reported that the caller may read.",
  })
  async measurements(@Root() agency: Agency, @Ctx() ctx: RequestContext): Promise<Measurement[]> {
    return agencyFigures.load(ctx, agency);
  }
}
