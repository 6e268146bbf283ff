import type { CrudSpec } from "../../common/crud";
import { KeyTask } from "./key-task.entity";
import type { KeyTaskArgs, KeyTaskFilter } from "./key-task.inputs";
import { Permission } from "../../auth/permissions";
import { ALIAS, whereEquals, type ListSpec } from "../../common/list";
import { assertId } from "../../common/ids";

export const keyTaskCrud: CrudSpec<KeyTask, KeyTaskArgs> = {
  entity: KeyTask,
  typeName: "KeyTask",
  required: ["congressId", "ordinal", "title", "titleEn", "text"],
};

export const keyTaskList: ListSpec<KeyTask, KeyTaskFilter> = {
  entity: KeyTask,
  typeName: "KeyTask",
  allow: [Permission.ReadPublic],
  sortable: { ordinal: "ordinal", title: "title", createdAt: "createdAt" },
  defaultSort: { field: "ordinal", order: "ASC" },
  searchable: ["title", "titleEn", "text"],
  filter(qb, f) {
    whereEquals(qb, "congressId", f.congressId, "filter.congressId");
    whereEquals(qb, "ordinal", f.ordinal, "filter.ordinal");
    if (f.targetId) {
      qb.andWhere(
        `${ALIAS}.id IN (SELECT key_task_id FROM target_key_task WHERE target_id = :targetId)`,
        { targetId: assertId(f.targetId, "filter.targetId") },
      );
    }
  },
};
