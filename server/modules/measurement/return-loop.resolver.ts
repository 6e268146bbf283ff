/**
 * The return loop, explained on the figure itself: the last time a head
 * returned it (why, when, by whom, and the value it had then), whether the
 * figure now waiting is such a resubmission, and who submitted it, as name
 * and agency. All of it is read from the figure's own audit history, so a
 * caller sees it exactly when they may read the figure.
 */
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from "type-graphql";
import { MeasurementStatus } from "../../common/enums";
import { DecimalScalar } from "../../common/scalars";
import type { RequestContext } from "../../context";
import { Agency } from "../agency/agency.entity";
import { AuditEvent } from "../audit/audit-event.entity";
import { User } from "../user/user.entity";
import { MissingReport } from "../progress/progress.types";
import { Measurement } from "./measurement.entity";

@ObjectType({ description: "The last time a figure was returned to its reporter." })
export class MeasurementReturn {
  @Field(() => String, { nullable: true, description: "The head's reason." })
  reason: string | null;
  @Field(() => Date) at: Date;
  @Field(() => DecimalScalar, { description: "The figure's value when it was returned." })
  value: string;
  @Field(() => String, { nullable: true, description: 'Who returned it: "name · agency".' })
  reviewer: string | null;
}

export async function personLabel(
  ctx: RequestContext,
  userId: string | null,
): Promise<string | null> {
  if (!userId) return null;
  const user = await ctx.loaders.byId(User).load(userId);
  if (!user) return null;
  const agency = user.agencyId ? await ctx.loaders.byId(Agency).load(user.agencyId) : null;
  return agency ? `${user.name} · ${agency.shortName}` : user.name;
}

async function historyOf(ctx: RequestContext, id: string): Promise<AuditEvent[]> {
  return ctx.loaders.manyBy(AuditEvent, "entityId", { orderBy: { "row.at": "ASC" } }).load(id);
}

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
    const history = await historyOf(ctx, m.id);
    const event = [...history].reverse().find((e) => e.action === "Measurement.return");
    if (!event) return null;
    const then = (event.after ?? event.before) as { value?: unknown } | null;
    return {
      reason: event.reason,
      at: event.at,
      value: String(then?.value ?? ""),
      reviewer: await personLabel(ctx, event.actorId),
    };
  }

  @FieldResolver(() => Boolean, {
    description: "Submitted again after a head returned it (gửi lại).",
  })
  async resubmitted(@Root() m: Measurement, @Ctx() ctx: RequestContext): Promise<boolean> {
    if (m.status !== MeasurementStatus.SUBMITTED) return false;
    const history = await historyOf(ctx, m.id);
    return history.some((e) => e.action === "Measurement.return");
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
