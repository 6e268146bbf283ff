import type { EntityManager } from "typeorm";
import type { CrudSpec } from "../../common/crud";
import { badInput } from "../../common/errors";
import { assertId, assertIds } from "../../common/ids";
import { Indicator } from "../indicator/indicator.entity";
import { KeyTask } from "../key-task/key-task.entity";
import { Target } from "./target.entity";
import type { TargetArgs, TargetFilter } from "./target.inputs";
import { Permission } from "../../auth/permissions";
import { ALIAS, whereEquals, type ListSpec } from "../../common/list";

/** Replaces a target's key-task links; the key tasks must belong to its congress. */
async function linkKeyTasks(
  tx: EntityManager,
  target: Target,
  keyTaskIds: string[],
): Promise<void> {
  const ids = [...new Set(assertIds(keyTaskIds, "keyTaskIds"))];
  const found = ids.length
    ? await tx
        .getRepository(KeyTask)
        .createQueryBuilder("k")
        .where("k.id IN (:...ids)", { ids })
        .getMany()
    : [];
  if (found.length !== ids.length || found.some((k) => k.congressId !== target.congressId)) {
    throw badInput(
      "keyTaskIds",
      "Nhiệm vụ trọng tâm không thuộc đại hội của chỉ tiêu (key task of another congress)",
    );
  }
  await tx.query(`DELETE FROM target_key_task WHERE target_id = $1`, [target.id]);
  for (const id of ids) {
    await tx.query(`INSERT INTO target_key_task (target_id, key_task_id) VALUES ($1, $2)`, [
      target.id,
      id,
    ]);
  }
}

export const targetCrud: CrudSpec<Target, TargetArgs> = {
  entity: Target,
  typeName: "Target",
  required: ["congressId", "number", "title", "titleEn", "text", "domain"],
  prepare: (_tx, _ctx, { keyTaskIds: _links, ...values }) => values,
  async afterWrite(tx, _ctx, row, args) {
    if (args.keyTaskIds) await linkKeyTasks(tx, row, args.keyTaskIds);
  },
  dependents: [
    { entity: Indicator, column: "targetId", label: "chỉ tiêu thành phần (indicators)" },
  ],
};

export const targetList: ListSpec<Target, TargetFilter> = {
  entity: Target,
  typeName: "Target",
  allow: [Permission.ReadPublic],
  sortable: { number: "number", title: "title", domain: "domain", createdAt: "createdAt" },
  defaultSort: { field: "number", order: "ASC" },
  searchable: ["title", "titleEn", "text"],
  filter(qb, f) {
    whereEquals(qb, "congressId", f.congressId, "filter.congressId");
    whereEquals(qb, "number", f.number, "filter.number");
    whereEquals(qb, "domain", f.domain, "filter.domain");
    if (f.keyTaskId) {
      qb.andWhere(
        `${ALIAS}.id IN (SELECT target_id FROM target_key_task WHERE key_task_id = :keyTaskId)`,
        {
          keyTaskId: assertId(f.keyTaskId, "filter.keyTaskId"),
        },
      );
    }
    if (f.agencyId) {
      qb.andWhere(
        `${ALIAS}.id IN (SELECT i.target_id FROM indicator i JOIN assignment a ON a.indicator_id = i.id
          WHERE a.agency_id = :agencyId AND a.ends_on IS NULL)`,
        { agencyId: assertId(f.agencyId, "filter.agencyId") },
      );
    }
  },
};
