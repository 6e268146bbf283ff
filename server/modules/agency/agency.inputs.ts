import { ArgsType, Field, ID, InputType } from "type-graphql";
import { AgencyKind } from "../../common/enums";
import { LocalDateScalar } from "../../common/scalars";

@ArgsType()
export class AgencyArgs {
  @Field(() => ID, { nullable: true }) provinceId?: string;
  @Field({ nullable: true }) code?: string;
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) shortName?: string;
  @Field(() => AgencyKind, { nullable: true }) kind?: AgencyKind;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) validFrom?: string | null;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "Last day; with successorId, the day of the merger.",
  })
  validTo?: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      "The agency it is merged into; its open assignments are handed over the day after validTo.",
  })
  successorId?: string | null;
}

@ArgsType()
export class UpdateAgencyArgs extends AgencyArgs {
  @Field(() => ID) id: string;
}

@InputType({ description: "Filter for allAgencies." })
export class AgencyFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({ nullable: true, description: "Search in code, name and short name." }) q?: string;
  @Field(() => ID, { nullable: true }) provinceId?: string;
  @Field(() => AgencyKind, { nullable: true }) kind?: AgencyKind;
  @Field(() => ID, { nullable: true }) parentId?: string;
  @Field({ nullable: true }) code?: string;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "Agencies that existed on this date.",
  })
  validOn?: string;
}
