import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Resolver, Root } from "type-graphql";
import { Allow } from "../../auth/allow";
import { Permission } from "../../auth/permissions";
import { createReadResolver } from "../../read/read-resolver";
import { FromStatement } from "../../read/relations";
import { figureAgency, figureIndicator } from "./measurement.loaders";
import type { RequestContext } from "../../context";
import { Agency } from "../agency/agency.entity";
import { Indicator } from "../indicator/indicator.entity";
import { Measurement } from "./measurement.entity";
import {
  ApproveArgs,
  ReasonArgs,
  SaveMeasurementArgs,
  TransitionArgs,
  MeasurementFilter,
} from "./measurement.inputs";
import {
  deleteMeasurement,
  saveMeasurement,
  transition,
  transitionAndRemind,
  measurementList,
} from "./measurement.service";

@Resolver(() => Measurement)
export class MeasurementResolver extends createReadResolver({
  type: Measurement,
  filter: MeasurementFilter,
  plural: "Measurements",
  spec: measurementList,
}) {
  @FieldResolver(() => Indicator)
  @FromStatement(figureIndicator)
  async indicator(
    @Root() m: Measurement,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Indicator | null> {
    return figureIndicator.loadOne(ctx, m, {}, info);
  }

  @FieldResolver(() => Agency, { description: "The reporting agency." })
  @FromStatement(figureAgency)
  async agency(
    @Root() m: Measurement,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Agency | null> {
    return figureAgency.loadOne(ctx, m, {}, info);
  }

  @Allow(Permission.SaveMeasurement)
  @Mutation(() => Measurement, {
    description:
      "Creates a draft figure, or edits a draft or returned one (send its id and version).",
  })
  async saveMeasurement(
    @Args(() => SaveMeasurementArgs) args: SaveMeasurementArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return saveMeasurement(ctx, args);
  }

  @Allow(Permission.SaveMeasurement)
  @Mutation(() => Measurement, {
    description: "Creates a draft figure (react-admin's create); same as saveMeasurement.",
  })
  async createMeasurement(
    @Args(() => SaveMeasurementArgs) args: SaveMeasurementArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return saveMeasurement(ctx, { ...args, id: undefined });
  }

  @Allow(Permission.SaveMeasurement)
  @Mutation(() => Measurement, {
    description: "Edits a draft or returned figure (react-admin's update); needs version.",
  })
  async updateMeasurement(
    @Args(() => SaveMeasurementArgs) args: SaveMeasurementArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return saveMeasurement(ctx, args);
  }

  @Allow(Permission.SaveMeasurement)
  @Mutation(() => Measurement, {
    description: "Deletes a draft or returned figure of the caller's agency.",
  })
  async deleteMeasurement(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext) {
    return deleteMeasurement(ctx, id);
  }

  @Allow(Permission.SubmitMeasurement)
  @Mutation(() => Measurement, {
    description: "DRAFT or RETURNED → SUBMITTED, for the agency head to review.",
  })
  async submitMeasurement(
    @Args(() => TransitionArgs) args: TransitionArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return transition(ctx, "submit", args.id, args.version);
  }

  @Allow(Permission.ApproveMeasurement)
  @Mutation(() => Measurement, {
    description:
      "SUBMITTED → APPROVED, by a head of the figure's agency who did not submit it. Approved figures are read-only.",
  })
  async approveMeasurement(@Args(() => ApproveArgs) args: ApproveArgs, @Ctx() ctx: RequestContext) {
    return transition(ctx, "approve", args.id, args.version, args.note);
  }

  @Allow(Permission.ApproveMeasurement)
  @Mutation(() => Measurement, {
    description: "SUBMITTED → RETURNED with a reason the reporter sees.",
  })
  async returnMeasurement(@Args(() => ReasonArgs) args: ReasonArgs, @Ctx() ctx: RequestContext) {
    return transitionAndRemind(ctx, "return", args.id, args.version, args.reason);
  }

  @Allow(Permission.ReopenMeasurement)
  @Mutation(() => Measurement, {
    description: "APPROVED → DRAFT with a reason, so the figure can be corrected.",
  })
  async reopenMeasurement(@Args(() => ReasonArgs) args: ReasonArgs, @Ctx() ctx: RequestContext) {
    return transitionAndRemind(ctx, "reopen", args.id, args.version, args.reason);
  }
}
