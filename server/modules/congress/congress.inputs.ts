import { ArgsType, Int, Field, ID, InputType } from "type-graphql";
import { LocalDateScalar } from "../../common/scalars";

@ArgsType()
export class CongressArgs {
  @Field(() => ID, { nullable: true }) provinceId?: string;
  @Field(() => Int, { nullable: true }) ordinal?: number;
  @Field({ nullable: true }) partyCommittee?: string;
  @Field(() => Int, { nullable: true }) termStartYear?: number;
  @Field(() => Int, { nullable: true }) termEndYear?: number;
  @Field(() => LocalDateScalar, { nullable: true }) heldFrom?: string;
  @Field(() => LocalDateScalar, { nullable: true }) heldTo?: string;
  @Field({ nullable: true }) place?: string;
  @Field(() => Int, { nullable: true }) executiveCommitteeSize?: number;
  @Field(() => Int, { nullable: true }) nationalDelegates?: number;
  @Field(() => Int, { nullable: true }) nationalAlternates?: number;
}

@ArgsType()
export class UpdateCongressArgs extends CongressArgs {
  @Field(() => ID) id: string;
}

@InputType({ description: "Filter for allCongresses." })
export class CongressFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({ nullable: true, description: "Search in the party committee and place." }) q?: string;
  @Field(() => ID, { nullable: true }) provinceId?: string;
  @Field(() => Int, { nullable: true }) ordinal?: number;
}

@InputType({ description: "Filter for allResolutions." })
export class ResolutionFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({ nullable: true, description: "Search in the title." }) q?: string;
  @Field(() => ID, { nullable: true }) congressId?: string;
}
