/** The return loop, read from the figure's own audit history. */
import { Field, ObjectType } from "type-graphql";
import { MeasurementStatus } from "../../common/enums";
import { DecimalScalar } from "../../common/scalars";
import type { RequestContext } from "../../context";
import { historyOf, personLabel } from "../audit/history.service";
import type { Measurement } from "./measurement.entity";

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

/** The last time a head returned the figure (why, when, by whom, its value then), if any. */
export async function lastReturnOf(
  ctx: RequestContext,
  m: Measurement,
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

/** A submitted figure that a head had returned before (gửi lại). */
export async function isResubmission(ctx: RequestContext, m: Measurement): Promise<boolean> {
  if (m.status !== MeasurementStatus.SUBMITTED) return false;
  const history = await historyOf(ctx, m.id);
  return history.some((e) => e.action === "Measurement.return");
}
