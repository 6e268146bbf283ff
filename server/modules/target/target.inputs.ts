import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { TargetDomain } from "../../common/enums";

@ArgsType()
export class TargetArgs {
  @Field(() => ID, { nullable: true }) congressId?: string;
  @Field(() => Int, { nullable: true }) number?: number;
  @Field({ nullable: true }) title?: string;
  @Field({ nullable: true }) titleEn?: string;
  @Field({ nullable: true, description: "Verbatim text of the resolution." }) text?: string;
  @Field(() => TargetDomain, { nullable: true }) domain?: TargetDomain;
  @Field(() => [ID], {
    nullable: true,
    description: "The key tasks it serves; replaces the current links.",
  })
  keyTaskIds?: string[];
}

@ArgsType()
export class UpdateTargetArgs extends TargetArgs {
  @Field(() => ID) id: string;
}

@InputType({ description: "Filter for allTargets." })
export class TargetFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({ nullable: true, description: "Search in title and verbatim text." }) q?: string;
  @Field(() => ID, { nullable: true }) congressId?: string;
  @Field(() => Int, { nullable: true }) number?: number;
  @Field(() => TargetDomain, { nullable: true }) domain?: TargetDomain;
  @Field(() => ID, { nullable: true, description: "Targets that serve this key task." })
  keyTaskId?: string;
  @Field(() => ID, {
    nullable: true,
    description: "Targets with an indicator actively assigned to this agency.",
  })
  agencyId?: string;
}
