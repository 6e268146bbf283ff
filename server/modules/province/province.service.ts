import { Permission } from "../../auth/permissions";
import type { ListSpec } from "../../common/list";
import { Province } from "./province.entity";
import type { ProvinceFilter } from "./province.inputs";

export const provinceList: ListSpec<Province, ProvinceFilter> = {
  entity: Province,
  typeName: "Province",
  allow: [Permission.ReadPublic],
  sortable: { code: "code", name: "name", createdAt: "createdAt" },
  defaultSort: { field: "name", order: "ASC" },
  searchable: ["code", "name"],
};
