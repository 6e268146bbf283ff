/**
 * The return loop, explained on the figure itself: the last time a head
 * returned it (why, when, by whom, and the value it had then), whether the
 * figure now waiting is such a resubmission, and who submitted it, as name
 * and agency. All of it is read from the figure's own audit history, so a
 * caller sees it exactly when they may read the figure.
 */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context";
import { personLabel } from "../audit/history.service";
import { MissingReport } from "../progress/progress.types";
import { Measurement } from "./measurement.entity";
import { isResubmission, lastReturnOf, MeasurementReturn } from "./return-loop.service";

@Resolver(() => Measurement)
export class MeasurementReturnLoopResolver {
  @FieldResolver(() => MeasurementReturn, {
    nullable: true,
    description: "The last return of this figure (reason, time, reviewer, value then), if any.",
  })
  async lastReturn(
    @Root() m: Measurement,
    @Ctx() ctx: RequestContext,
  ): Promise<MeasurementReturn | null> {
    return lastReturnOf(ctx, m);
  }

  @FieldResolver(() => Boolean, {
    description: "Submitted again after a head returned it (gửi lại).",
  })
  async resubmitted(@Root() m: Measurement, @Ctx() ctx: RequestContext): Promise<boolean> {
    return isResubmission(ctx, m);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Who submitted the figure: "name · agency".',
  })
  submittedByLabel(@Root() m: Measurement, @Ctx() ctx: RequestContext): Promise<string | null> {
    return personLabel(ctx, m.submittedById ?? null);
  }
}

@Resolver(() => MissingReport)
export class MissingReportFigureResolver {
  @FieldResolver(() => Measurement, {
    nullable: true,
    description:
      "The draft or returned figure, for the agency's own staff and the provincial office (its reason, a link to it).",
  })
  async measurement(
    @Root() r: MissingReport,
    @Ctx() ctx: RequestContext,
  ): Promise<Measurement | null> {
    return r.measurementId
      ? ((await ctx.loaders.byId(Measurement).load(r.measurementId)) ?? null)
      : null;
  }
}
