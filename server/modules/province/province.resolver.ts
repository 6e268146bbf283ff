import { Resolver } from "type-graphql";
import { createReadResolver } from "../../read/read-resolver";
import { Province } from "./province.entity";
import { provinceList } from "./province.service";
import { ProvinceFilter } from "./province.inputs";

@Resolver(() => Province)
export class ProvinceResolver extends createReadResolver({
  type: Province,
  filter: ProvinceFilter,
  plural: "Provinces",
  spec: provinceList,
}) {}
