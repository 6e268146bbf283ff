import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { MeasurementStatus, PeriodType, ValueKind } from "../../common/enums";
import { DecimalScalar, LocalDateScalar } from "../../common/scalars";

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
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "The date the figure was reported on (not in the future).",
  })
  reportedOn?: string | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "The value as reported in another unit; give reportedUnit and conversionRate with it.",
  })
  reportedValue?: string | null;
  @Field(() => String, { nullable: true, description: 'Unit of reportedValue ("triệu đồng").' })
  reportedUnit?: string | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "reportedUnit per unit of the indicator (VND per USD); value = reportedValue / rate.",
  })
  conversionRate?: string | null;
  @Field(() => String, { nullable: true, description: "Where the rate comes from." })
  rateSource?: string | null;
  @Field(() => String, { nullable: true, description: "How this figure was measured." })
  methodologyNote?: string | null;
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

@InputType({ description: "Filter for allMeasurements." })
export class MeasurementFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({ nullable: true, description: "Search in source and note." }) q?: string;
  @Field(() => ID, { nullable: true }) indicatorId?: string;
  @Field(() => ID, { nullable: true }) agencyId?: string;
  @Field(() => ID, { nullable: true }) targetId?: string;
  @Field(() => ID, { nullable: true }) congressId?: string;
  @Field(() => MeasurementStatus, { nullable: true }) status?: MeasurementStatus;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => PeriodType, { nullable: true }) period?: PeriodType;
  @Field(() => ValueKind, { nullable: true }) valueKind?: ValueKind;
}
