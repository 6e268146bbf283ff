import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { Direction, UnitKind, Comparator, IndicatorKind } from "../../common/enums";
import { DecimalScalar } from "../../common/scalars";

@InputType({ description: "A planned value for one year." })
export class PlanValueInput {
  @Field(() => Int) year: number;
  @Field(() => DecimalScalar) value: string;
}

@ArgsType()
export class IndicatorArgs {
  @Field(() => ID, { nullable: true }) targetId?: string;
  @Field({ nullable: true }) code?: string;
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) nameEn?: string;
  @Field({ nullable: true }) unit?: string;
  @Field(() => UnitKind, { nullable: true }) unitKind?: UnitKind;
  @Field(() => IndicatorKind, { nullable: true }) kind?: IndicatorKind;
  @Field(() => Comparator, { nullable: true }) comparator?: Comparator;
  @Field(() => Direction, {
    nullable: true,
    description:
      "Which way is better (default HIGHER_IS_BETTER; AT_MOST and LESS_THAN goals are LOWER_IS_BETTER).",
  })
  direction?: Direction;
  @Field(() => String, {
    nullable: true,
    description: "Where the measure changed during the term (at most 1,000 characters).",
  })
  methodologyNote?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) targetMin?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) targetMax?: string | null;
  @Field(() => Int, { nullable: true }) baselineYear?: number | null;
  @Field(() => DecimalScalar, { nullable: true }) baselineValue?: string | null;
  @Field(() => [PlanValueInput], { nullable: true }) planValues?: PlanValueInput[];
  @Field(() => ID, {
    nullable: true,
    description:
      "The same quantity in an earlier congress of the province (same unit and kind of quantity); null to unlink.",
  })
  predecessorId?: string | null;
  @Field({ nullable: true }) sourcePhrase?: string;
  @Field(() => Int, { nullable: true }) position?: number;
  @Field({ nullable: true }) active?: boolean;
}

@ArgsType()
export class UpdateIndicatorArgs extends IndicatorArgs {
  @Field(() => ID) id: string;
}

@InputType({ description: "Filter for allIndicators." })
export class IndicatorFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({ nullable: true, description: "Search in code, names and source phrase." }) q?: string;
  @Field(() => ID, { nullable: true }) targetId?: string;
  @Field(() => ID, { nullable: true }) congressId?: string;
  @Field(() => ID, {
    nullable: true,
    description: "Indicators of targets that serve this key task.",
  })
  keyTaskId?: string;
  @Field({ nullable: true }) code?: string;
  @Field(() => IndicatorKind, { nullable: true }) kind?: IndicatorKind;
  @Field(() => Comparator, { nullable: true }) comparator?: Comparator;
  @Field({ nullable: true }) active?: boolean;
  @Field(() => ID, {
    nullable: true,
    description: "Indicators actively assigned to this agency (any role).",
  })
  agencyId?: string;
  @Field(() => ID, { nullable: true, description: "Indicators this agency actively leads." })
  leadAgencyId?: string;
}
