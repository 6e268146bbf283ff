import type { CrudSpec } from "../../common/crud";
import { KeyTask } from "./key-task.entity";
import type { KeyTaskArgs } from "./key-task.inputs";

export const keyTaskCrud: CrudSpec<KeyTask, KeyTaskArgs> = {
  entity: KeyTask,
  typeName: "KeyTask",
  required: ["congressId", "ordinal", "title", "titleEn", "text"],
};
