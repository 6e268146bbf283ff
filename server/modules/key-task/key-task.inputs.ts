import { ArgsType, Field, ID, Int } from "type-graphql";

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
