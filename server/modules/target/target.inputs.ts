import { ArgsType, Field, ID, Int } from "type-graphql";
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
