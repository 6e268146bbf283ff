import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Filter for allApiTokens." })
export class ApiTokenFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({ nullable: true, description: "Search in name and prefix." }) q?: string;
  @Field(() => ID, { nullable: true }) userId?: string;
  @Field({ nullable: true, description: "Only usable (true) or only revoked or expired (false)." })
  active?: boolean;
}
