import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { AssignmentRole, ReportingFrequency } from "../../common/enums";
import { LocalDateScalar } from "../../common/scalars";
import { Assignment } from "./assignment.entity";

/** What becomes of one assignment of the previous term. */
export enum CarryOutcome {
  /** The agency still exists: it carries the new indicator too. */
  SAME_AGENCY = "SAME_AGENCY",
  /** The agency ended; the agency recorded as its successor (followed as far as needed) carries it. */
  SUCCESSOR = "SUCCESSOR",
  /** The agency ended and no successor is recorded: skipped, for the administrator to assign. */
  NO_SUCCESSOR = "NO_SUCCESSOR",
  /** The new indicator already has an active assignment of that agency: skipped. */
  ALREADY_ASSIGNED = "ALREADY_ASSIGNED",
  /** The new indicator already has (or gets, from an earlier row) another lead: skipped. */
  LEAD_TAKEN = "LEAD_TAKEN",
}
registerEnumType(CarryOutcome, { name: "CarryOutcome" });

@ObjectType({
  description: "One assignment of the previous term and what carrying it forward does.",
})
export class CarryForwardRow {
  @Field(() => ID, { description: "The new term's indicator." }) indicatorId: string;
  @Field() indicatorCode: string;
  @Field() indicatorName: string;
  @Field(() => ID) predecessorId: string;
  @Field() predecessorCode: string;
  @Field(() => ID, { description: "The previous term's assignment." }) fromAssignmentId: string;
  @Field(() => ID) fromAgencyId: string;
  @Field() fromAgencyName: string;
  @Field(() => ID, { nullable: true, description: "Who carries it now; null when no one does." })
  toAgencyId: string | null;
  @Field(() => String, { nullable: true }) toAgencyName: string | null;
  @Field(() => AssignmentRole) role: AssignmentRole;
  @Field(() => ReportingFrequency) frequency: ReportingFrequency;
  @Field(() => Int) dueDaysAfterPeriod: number;
  @Field(() => CarryOutcome) outcome: CarryOutcome;
  @Field({ description: "True when confirming creates this assignment." }) willCreate: boolean;
}

@ObjectType({
  description:
    "The preview of carrying a previous term's assignments to the new term's continuing indicators. Nothing is written.",
})
export class CarryForwardPlan {
  @Field(() => ID) congressId: string;
  @Field(() => ID) previousCongressId: string;
  @Field(() => LocalDateScalar, {
    description: "The previous term's last day counted (31/12 of its last year, or today).",
  })
  termEndedOn: string;
  @Field(() => LocalDateScalar, { description: "The first day of the new assignments." })
  startsOn: string;
  @Field(() => [CarryForwardRow]) rows: CarryForwardRow[];
  @Field(() => Int) toCreate: number;
  @Field(() => Int) skipped: number;
  @Field({
    description:
      "Identifies this plan; confirming with it is refused (CONFLICT) if the plan has changed since.",
  })
  fingerprint: string;
}

@ObjectType({ description: "What confirming a carry-forward wrote." })
export class CarryForwardResult {
  @Field(() => ID, {
    nullable: true,
    description: "The audit batch of what was written; none when nothing was.",
  })
  batchId: string | null;
  @Field(() => [Assignment]) created: Assignment[];
  @Field(() => CarryForwardPlan, { description: "The plan that was carried out." })
  plan: CarryForwardPlan;
}
