/**
 * Carrying assignments from one term to the next. For each indicator of the new congress whose
 * predecessor belongs to the previous congress, the predecessor's assignments that were open at
 * the term's end go to the agency that still exists: the same agency if it has not ended, else
 * its recorded successor (followed through later mergers), else none ("no successor": skipped).
 * An assignment that ended only because its agency ceased without a successor (the districts on
 * 30/06/2025) counts as open: its work was never handed over, and the preview says so.
 *
 * The preview writes nothing; the confirmation computes the same plan again in one transaction,
 * refuses a plan that changed since the preview, and audits what it creates as one batch.
 * Assignments already there are skipped, so running it twice creates nothing the second time.
 */
import { createHash, randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { vietnamDate } from "../../common/dates";
import { AssignmentRole } from "../../common/enums";
import { badInput, conflict, notFound } from "../../common/errors";
import { assertId } from "../../common/ids";
import { inTransaction } from "../../common/transaction";
import type { RequestContext } from "../../context";
import { Agency } from "../agency/agency.entity";
import { recordAudit } from "../audit/audit.service";
import { Congress } from "../congress/congress.entity";
import { MAX_TERMS_BACK } from "../indicator/indicator-predecessor";
import type { Assignment } from "./assignment.entity";
import { startAssignment } from "./assignment.service";
import {
  CarryOutcome,
  type CarryForwardPlan,
  type CarryForwardResult,
  type CarryForwardRow,
} from "./carry-forward.types";

export interface CarryForwardArgs {
  congressId: string;
  previousCongressId: string;
  startsOn?: string | null;
}

async function congresses(tx: EntityManager, ctx: RequestContext, args: CarryForwardArgs) {
  const load = async (id: string, field: string) => {
    const row = await tx.getRepository(Congress).findOneBy({ id: assertId(id, field) });
    if (!row || (ctx.user?.provinceId && row.provinceId !== ctx.user.provinceId))
      throw notFound("Congress", id);
    return row;
  };
  const next = await load(args.congressId, "congressId");
  const previous = await load(args.previousCongressId, "previousCongressId");
  if (previous.provinceId !== next.provinceId || previous.ordinal >= next.ordinal)
    throw badInput(
      "previousCongressId",
      "Đại hội trước phải là một đại hội trước đó của cùng tỉnh (the previous congress must be an earlier one of the same province)",
    );
  return { next, previous };
}

interface Candidate {
  indicator_id: string;
  indicator_code: string;
  indicator_name: string;
  predecessor_id: string;
  predecessor_code: string;
  assignment_id: string;
  agency_id: string;
  role: AssignmentRole;
  frequency: CarryForwardRow["frequency"];
  due_days_after_period: number;
  in_force: boolean;
}

/** Computes the plan with `tx` (a transaction's manager, or the pool's for a preview). */
export async function planCarryForward(
  tx: EntityManager,
  ctx: RequestContext,
  args: CarryForwardArgs,
): Promise<CarryForwardPlan> {
  const startsOn = args.startsOn ?? vietnamDate();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(startsOn))
    throw badInput("startsOn", "startsOn phải có dạng YYYY-MM-DD");
  const { next, previous } = await congresses(tx, ctx, args);
  const lastDay = `${previous.termEndYear}-12-31`;
  const termEndedOn = vietnamDate() < lastDay ? vietnamDate() : lastDay;
  const candidates: Candidate[] = await tx.query(
    `SELECT n.id AS indicator_id, n.code AS indicator_code, n.name AS indicator_name,
            p.id AS predecessor_id, p.code AS predecessor_code,
            a.id AS assignment_id, a.agency_id, a.role, a.frequency, a.due_days_after_period,
            (a.starts_on <= $3 AND (a.ends_on IS NULL OR a.ends_on >= $3)) AS in_force
       FROM indicator n
       JOIN target nt ON nt.id = n.target_id AND nt.congress_id = $1
       JOIN indicator p ON p.id = n.predecessor_id
       JOIN target pt ON pt.id = p.target_id AND pt.congress_id = $2
       JOIN assignment a ON a.indicator_id = p.id
       JOIN agency g ON g.id = a.agency_id
      WHERE n.active
        AND ((a.starts_on <= $3 AND (a.ends_on IS NULL OR a.ends_on >= $3))
          OR (a.ends_on = g.valid_to AND g.successor_id IS NULL AND a.ends_on >= $4))
      ORDER BY nt.number, n.position, n.code, a.role, a.starts_on, a.id`,
    [next.id, previous.id, termEndedOn, `${previous.termStartYear}-01-01`],
  );
  const agencies = new Map(
    (await tx.getRepository(Agency).findBy({ provinceId: next.provinceId })).map((a) => [a.id, a]),
  );
  const existsOn = (a: Agency) =>
    (!a.validFrom || a.validFrom <= startsOn) && (!a.validTo || a.validTo >= startsOn);
  const carrier = (id: string): Agency | null => {
    let agency = agencies.get(id) ?? null;
    for (let k = 0; agency && k <= MAX_TERMS_BACK; k++) {
      if (existsOn(agency)) return agency;
      agency = agency.successorId ? (agencies.get(agency.successorId) ?? null) : null;
    }
    return null;
  };
  const active: { indicator_id: string; agency_id: string; role: AssignmentRole }[] =
    candidates.length === 0
      ? []
      : await tx.query(
          `SELECT indicator_id, agency_id, role FROM assignment
            WHERE ends_on IS NULL AND indicator_id = ANY($1::uuid[])`,
          [[...new Set(candidates.map((c) => c.indicator_id))]],
        );
  const taken = new Set(active.map((a) => `${a.indicator_id}:${a.agency_id}`));
  const leads = new Set(
    active.filter((a) => a.role === AssignmentRole.LEAD).map((a) => a.indicator_id),
  );
  // Open ones claim their agency and the lead first, then those that ended with their agency;
  // within each, the query's order (leads before coordinators: the enum's order).
  const ordered = [...candidates].sort((a, b) => Number(b.in_force) - Number(a.in_force));
  const rows: CarryForwardRow[] = [];
  for (const c of ordered) {
    const from = agencies.get(c.agency_id)!;
    const to = carrier(c.agency_id);
    let outcome = !to
      ? CarryOutcome.NO_SUCCESSOR
      : to.id === from.id
        ? CarryOutcome.SAME_AGENCY
        : CarryOutcome.SUCCESSOR;
    if (to && taken.has(`${c.indicator_id}:${to.id}`)) outcome = CarryOutcome.ALREADY_ASSIGNED;
    else if (to && c.role === AssignmentRole.LEAD && leads.has(c.indicator_id))
      outcome = CarryOutcome.LEAD_TAKEN;
    const willCreate = outcome === CarryOutcome.SAME_AGENCY || outcome === CarryOutcome.SUCCESSOR;
    if (willCreate) {
      taken.add(`${c.indicator_id}:${to!.id}`);
      if (c.role === AssignmentRole.LEAD) leads.add(c.indicator_id);
    }
    rows.push({
      indicatorId: c.indicator_id,
      indicatorCode: c.indicator_code,
      indicatorName: c.indicator_name,
      predecessorId: c.predecessor_id,
      predecessorCode: c.predecessor_code,
      fromAssignmentId: c.assignment_id,
      fromAgencyId: from.id,
      fromAgencyName: from.shortName,
      toAgencyId: to?.id ?? null,
      toAgencyName: to?.shortName ?? null,
      role: c.role,
      frequency: c.frequency,
      dueDaysAfterPeriod: c.due_days_after_period,
      outcome,
      willCreate,
    });
  }
  // Shown in the new indicators' order, as the query read them.
  const position = new Map(candidates.map((c, k) => [c.assignment_id + c.indicator_id, k]));
  rows.sort(
    (a, b) =>
      position.get(a.fromAssignmentId + a.indicatorId)! -
      position.get(b.fromAssignmentId + b.indicatorId)!,
  );
  const toCreate = rows.filter((r) => r.willCreate);
  const fingerprint = createHash("sha256")
    .update(
      JSON.stringify([
        startsOn,
        toCreate.map((r) => [r.indicatorId, r.toAgencyId, r.role, r.fromAssignmentId]),
      ]),
    )
    .digest("hex")
    .slice(0, 32);
  return {
    congressId: next.id,
    previousCongressId: previous.id,
    termEndedOn,
    startsOn,
    rows,
    toCreate: toCreate.length,
    skipped: rows.length - toCreate.length,
    fingerprint,
  };
}

export function previewCarryForward(
  ctx: RequestContext,
  args: CarryForwardArgs,
): Promise<CarryForwardPlan> {
  return planCarryForward(ctx.db.manager, ctx, args);
}

export async function carryAssignmentsForward(
  ctx: RequestContext,
  args: CarryForwardArgs & { fingerprint: string },
): Promise<CarryForwardResult> {
  if (!/^[0-9a-f]{32}$/.test(args.fingerprint))
    throw badInput("fingerprint", "Mã bản xem trước không hợp lệ (bad preview fingerprint)");
  return inTransaction(ctx, async (tx) => {
    // One carry-forward of a congress at a time: a second waits, then finds the rows there.
    await tx.query(`SELECT id FROM congress WHERE id = $1 FOR UPDATE`, [
      assertId(args.congressId, "congressId"),
    ]);
    const plan = await planCarryForward(tx, ctx, args);
    if (plan.fingerprint !== args.fingerprint)
      throw conflict(
        "Phân công đã thay đổi từ lúc xem trước; hãy xem lại trước khi xác nhận (the plan changed since the preview)",
      );
    const rows = plan.rows.filter((r) => r.willCreate);
    if (rows.length === 0) return { batchId: null, created: [], plan };
    const batchId = randomUUID();
    const reason = `Chuyển phân công sang nhiệm kỳ mới ${batchId}`;
    const created: Assignment[] = [];
    for (const r of rows) {
      created.push(
        await startAssignment(
          tx,
          ctx,
          {
            indicatorId: r.indicatorId,
            agencyId: r.toAgencyId!,
            role: r.role,
            frequency: r.frequency,
            dueDaysAfterPeriod: r.dueDaysAfterPeriod,
            note:
              r.outcome === CarryOutcome.SUCCESSOR
                ? `Chuyển từ chỉ tiêu ${r.predecessorCode} nhiệm kỳ trước (${r.fromAgencyName} → ${r.toAgencyName})`
                : `Chuyển từ chỉ tiêu ${r.predecessorCode} nhiệm kỳ trước`,
            startsOn: plan.startsOn,
          },
          { reason },
        ),
      );
    }
    await recordAudit(tx, ctx, {
      action: "Assignment.carryForward",
      entityType: "CarryForwardBatch",
      entityId: batchId,
      after: {
        congressId: plan.congressId,
        previousCongressId: plan.previousCongressId,
        startsOn: plan.startsOn,
        created: created.length,
        skipped: plan.skipped,
      },
      reason,
    });
    return { batchId, created, plan };
  });
}
