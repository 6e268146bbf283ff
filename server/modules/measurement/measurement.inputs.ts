import { ArgsType, Field, ID, Int } from "type-graphql";
import { PeriodType, ValueKind } from "../../common/enums";
import { DecimalScalar } from "../../common/scalars";

@ArgsType()
export class SaveMeasurementArgs {
  @Field(() => ID, { nullable: true, description: "The figure to edit; omit to create one." })
  id?: string;
  @Field(() => Int, { nullable: true, description: "Required with id: the version last read." })
  version?: number;
  @Field(() => ID, { nullable: true }) indicatorId?: string;
  @Field(() => ID, { nullable: true, description: "Default: the caller's agency." })
  agencyId?: string;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => PeriodType, { nullable: true }) period?: PeriodType;
  @Field(() => DecimalScalar, { nullable: true }) value?: string;
  @Field(() => ValueKind, { nullable: true }) valueKind?: ValueKind;
  @Field({ nullable: true, description: "Where the figure comes from (required to submit)." })
  source?: string;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true, description: "An http(s) link to the evidence." })
  evidenceUrl?: string | null;
}

@ArgsType()
export class TransitionArgs {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: "The version last read; a stale one is a CONFLICT." })
  version: number;
}

@ArgsType()
export class ApproveArgs extends TransitionArgs {
  @Field({ nullable: true }) note?: string;
}

@ArgsType()
export class ReasonArgs extends TransitionArgs {
  @Field({ description: "Why (required)." }) reason: string;
}
