import { Field, InputType, Resolver } from "type-graphql";
import { Permission } from "../../auth/permissions";
import type { ListSpec } from "../../common/list";
import { createReadResolver } from "../../read/read-resolver";
import { Province } from "./province.entity";

@InputType({ description: "Filter for allProvinces." })
export class ProvinceFilter {
  @Field(() => [String], { nullable: true }) ids?: string[];
  @Field({ nullable: true, description: "Search in code and name." }) q?: string;
}

export const provinceList: ListSpec<Province, ProvinceFilter> = {
  entity: Province,
  typeName: "Province",
  allow: [Permission.ReadPublic],
  sortable: { code: "code", name: "name", createdAt: "createdAt" },
  defaultSort: { field: "name", order: "ASC" },
  searchable: ["code", "name"],
};

@Resolver(() => Province)
export class ProvinceResolver extends createReadResolver({
  type: Province,
  filter: ProvinceFilter,
  plural: "Provinces",
  spec: provinceList,
}) {}
