import { Field, InputType } from "type-graphql";

@InputType({ description: "Filter for allProvinces." })
export class ProvinceFilter {
  @Field(() => [String], { nullable: true }) ids?: string[];
  @Field({ nullable: true, description: "Search in code and name." }) q?: string;
}
