import type { CrudSpec } from "../../common/crud";
import { KeyTask } from "../key-task/key-task.entity";
import { Target } from "../target/target.entity";
import { Congress } from "./congress.entity";
import type { CongressArgs, CongressFilter, ResolutionFilter } from "./congress.inputs";
import { Resolution } from "./resolution.entity";
import { Permission } from "../../auth/permissions";
import { type ListSpec, whereEquals } from "../../common/list";

export const congressCrud: CrudSpec<Congress, CongressArgs> = {
  entity: Congress,
  typeName: "Congress",
  required: [
    "provinceId",
    "ordinal",
    "partyCommittee",
    "termStartYear",
    "termEndYear",
    "heldFrom",
    "heldTo",
    "place",
    "executiveCommitteeSize",
    "nationalDelegates",
    "nationalAlternates",
  ],
  dependents: [
    { entity: Resolution, column: "congressId", label: "nghị quyết (resolution)" },
    { entity: KeyTask, column: "congressId", label: "nhiệm vụ trọng tâm (key tasks)" },
    { entity: Target, column: "congressId", label: "chỉ tiêu (targets)" },
  ],
};

export const congressList: ListSpec<Congress, CongressFilter> = {
  entity: Congress,
  typeName: "Congress",
  allow: [Permission.ReadPublic],
  sortable: {
    ordinal: "ordinal",
    termStartYear: "termStartYear",
    heldFrom: "heldFrom",
    createdAt: "createdAt",
  },
  defaultSort: { field: "heldFrom", order: "DESC" },
  searchable: ["partyCommittee", "place"],
  filter(qb, f) {
    whereEquals(qb, "provinceId", f.provinceId, "filter.provinceId");
    whereEquals(qb, "ordinal", f.ordinal, "filter.ordinal");
  },
};

export const resolutionList: ListSpec<Resolution, ResolutionFilter> = {
  entity: Resolution,
  typeName: "Resolution",
  allow: [Permission.ReadPublic],
  sortable: { title: "title", adoptedOn: "adoptedOn" },
  defaultSort: { field: "adoptedOn", order: "DESC" },
  searchable: ["title"],
  filter(qb, f) {
    whereEquals(qb, "congressId", f.congressId, "filter.congressId");
  },
};
