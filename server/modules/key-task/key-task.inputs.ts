import { ArgsType, Field, ID, InputType, Int } from "type-graphql";

@ArgsType()
export class KeyTaskArgs {
  @Field(() => ID, { nullable: true }) congressId?: string;
  @Field(() => Int, { nullable: true }) ordinal?: number;
  @Field({ nullable: true }) title?: string;
  @Field({ nullable: true }) titleEn?: string;
  @Field({ nullable: true, description: "Verbatim text of the resolution." }) text?: string;
}

@ArgsType()
export class UpdateKeyTaskArgs extends KeyTaskArgs {
  @Field(() => ID) id: string;
}

@InputType({ description: "Filter for allKeyTasks." })
export class KeyTaskFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({ nullable: true, description: "Search in title and text." }) q?: string;
  @Field(() => ID, { nullable: true }) congressId?: string;
  @Field(() => Int, { nullable: true }) ordinal?: number;
  @Field(() => ID, { nullable: true, description: "Key tasks a target serves." }) targetId?: string;
}
