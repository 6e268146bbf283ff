import type { CrudSpec } from "../../common/crud";
import { KeyTask } from "../key-task/key-task.entity";
import { Target } from "../target/target.entity";
import { Congress } from "./congress.entity";
import type { CongressArgs } from "./congress.inputs";
import { Resolution } from "./resolution.entity";

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
