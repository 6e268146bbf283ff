import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { assertId } from "../../common/ids";
import { ALIAS } from "../../common/list";

/** Narrows rows that have an `indicatorId` to the indicators of a target or a congress. */
export function whereIndicatorWithin<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  filter: { targetId?: string | null; congressId?: string | null },
): void {
  if (filter.targetId) {
    qb.andWhere(`${ALIAS}.indicatorId IN (SELECT id FROM indicator WHERE target_id = :targetId)`, {
      targetId: assertId(filter.targetId, "filter.targetId"),
    });
  }
  if (filter.congressId) {
    qb.andWhere(
      `${ALIAS}.indicatorId IN (SELECT i.id FROM indicator i JOIN target t ON t.id = i.target_id WHERE t.congress_id = :congressId)`,
      { congressId: assertId(filter.congressId, "filter.congressId") },
    );
  }
}
