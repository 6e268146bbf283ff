/**
 * An indicator's predecessor: the same quantity in an earlier congress of the same province
 * (GRDP growth 2021–2025 → 2026–2030). Its last approved value is the baseline of an indicator
 * with none of its own, and the series across terms follows the links back.
 */
import type { EntityManager } from "typeorm";
import { badInput } from "../../common/errors";
import { assertId } from "../../common/ids";
import { Congress } from "../congress/congress.entity";
import { Target } from "../target/target.entity";
import { Indicator } from "./indicator.entity";

/** How far back a chain of predecessors is followed (a province holds a congress every 5 years). */
export const MAX_TERMS_BACK = 10;

/** The congress an indicator (or a target id) belongs to, read in the transaction. */
async function congressOfTarget(tx: EntityManager, targetId: string): Promise<Congress | null> {
  const target = await tx.getRepository(Target).findOneBy({ id: targetId });
  return target ? tx.getRepository(Congress).findOneBy({ id: target.congressId }) : null;
}

/**
 * Checks that `predecessorId` may be the predecessor of an indicator of target `targetId` with
 * this unit: it exists, is not the indicator itself, belongs to an earlier congress of the same
 * province, measures the same kind of quantity in the same unit, and the link makes no cycle.
 * Every refusal is a BAD_USER_INPUT naming `field`.
 */
export async function checkPredecessor(
  tx: EntityManager,
  own: { id?: string; targetId: string; unit: string; unitKind: string },
  predecessorId: string,
  field = "predecessorId",
): Promise<Indicator> {
  const id = assertId(predecessorId, field);
  if (own.id && id === own.id)
    throw badInput(
      field,
      "Chỉ tiêu không thể kế tiếp chính nó (an indicator cannot follow itself)",
    );
  const predecessor = await tx.getRepository(Indicator).findOneBy({ id });
  if (!predecessor)
    throw badInput(field, "Không có chỉ tiêu trước với mã này (unknown predecessor indicator)");
  const [mine, theirs] = await Promise.all([
    congressOfTarget(tx, own.targetId),
    congressOfTarget(tx, predecessor.targetId),
  ]);
  if (!mine || !theirs || mine.provinceId !== theirs.provinceId)
    throw badInput(
      field,
      "Chỉ tiêu trước phải thuộc một đại hội của cùng tỉnh (the predecessor must be of the same province)",
    );
  if (theirs.ordinal >= mine.ordinal || theirs.termEndYear > mine.termStartYear)
    throw badInput(
      field,
      `Chỉ tiêu trước phải thuộc nhiệm kỳ trước (${theirs.termStartYear}–${theirs.termEndYear} không trước ${mine.termStartYear}–${mine.termEndYear}) (the predecessor must be of an earlier term)`,
    );
  if (predecessor.unitKind !== own.unitKind || predecessor.unit.trim() !== own.unit.trim())
    throw badInput(
      field,
      `Chỉ tiêu trước đo bằng “${predecessor.unit}” (${predecessor.unitKind}), chỉ tiêu này bằng “${own.unit}” (${own.unitKind}): phải cùng loại và đơn vị (same kind of quantity and unit needed)`,
    );
  // Earlier terms already rule a cycle out; the walk guards against rows written before this check.
  let step: Indicator | null = predecessor;
  for (let depth = 0; step?.predecessorId && depth < MAX_TERMS_BACK; depth++) {
    if (own.id && step.predecessorId === own.id)
      throw badInput(field, "Liên kết tạo thành vòng (the link would make a cycle)");
    step = await tx.getRepository(Indicator).findOneBy({ id: step.predecessorId });
  }
  return predecessor;
}
