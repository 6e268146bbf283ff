import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import { Permission } from "../../auth/permissions";
import { MeasurementStatus, PeriodType, ValueKind } from "../../common/enums";
import { createAdminResolver } from "../../common/admin-resolver";
import type { RequestContext } from "../../context";
import { Agency } from "../agency/agency.entity";
import { Assignment } from "../assignment/assignment.entity";
import { Measurement } from "../measurement/measurement.entity";
import { assignmentsBy, leadAgency } from "../assignment/assignment.loaders";
import { indicatorFigures } from "../measurement/measurement.loaders";
import { FromStatement } from "../../read/relations";
import { indicatorTarget } from "./indicator.loaders";
import { Target } from "../target/target.entity";
import { Indicator } from "./indicator.entity";
import { indicatorCrud, indicatorList } from "./indicator.service";
import { IndicatorArgs, UpdateIndicatorArgs, IndicatorFilter } from "./indicator.inputs";

@Resolver(() => Indicator)
export class IndicatorResolver extends createAdminResolver({
  type: Indicator,
  filter: IndicatorFilter,
  plural: "Indicators",
  spec: indicatorList,
  crud: indicatorCrud,
  args: IndicatorArgs,
  updateArgs: UpdateIndicatorArgs,
  manage: Permission.ManageCongress,
}) {
  @FieldResolver(() => Target)
  @FromStatement(indicatorTarget)
  async target(
    @Root() indicator: Indicator,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Target | null> {
    return indicatorTarget.loadOne(ctx, indicator, {}, info);
  }

  @FieldResolver(() => [Assignment], {
    description: "Who leads and coordinates it, current and past.",
  })
  async assignments(
    @Root() indicator: Indicator,
    @Ctx() ctx: RequestContext,
    @Arg("active", () => Boolean, {
      nullable: true,
      description: "Only current (true) or only ended (false).",
    })
    active?: boolean,
  ): Promise<Assignment[]> {
    return assignmentsBy(ctx, "indicatorId", indicator.id, active);
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: "The agency that currently leads it (chủ trì).",
  })
  @FromStatement(leadAgency)
  async leadAgency(
    @Root() indicator: Indicator,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Agency | null> {
    return leadAgency.loadOne(ctx, indicator, {}, info);
  }

  @FieldResolver(() => [Measurement], {
    description:
      "Its figures the caller may read, oldest period first (approved ones for everyone).",
  })
  @FromStatement(indicatorFigures)
  async measurements(
    @Root() indicator: Indicator,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("status", () => MeasurementStatus, { nullable: true }) status?: MeasurementStatus,
    @Arg("year", () => Int, { nullable: true }) year?: number,
    @Arg("period", () => PeriodType, { nullable: true }) period?: PeriodType,
    @Arg("valueKind", () => ValueKind, { nullable: true }) valueKind?: ValueKind,
    @Arg("last", () => Int, {
      nullable: true,
      description: "Only the latest N years that have a figure (1–50).",
    })
    last?: number,
  ): Promise<Measurement[]> {
    return indicatorFigures.load(ctx, indicator, { status, year, period, valueKind, last }, info);
  }
}
