/**
 * Assigning indicators to agencies. A lead (chủ trì) is moved, never
 * overwritten: the current assignment gets an end date and a new one starts,
 * so the history of who led when stays.
 */
import { IsNull, type EntityManager } from "typeorm";
import type { CrudSpec } from "../../common/crud";
import { addDays, vietnamDate } from "../../common/dates";
import { AssignmentRole } from "../../common/enums";
import { badInput, notFound } from "../../common/errors";
import { assertId } from "../../common/ids";
import { inTransaction } from "../../common/transaction";
import type { RequestContext } from "../../context";
import { Agency } from "../agency/agency.entity";
import { recordAudit } from "../audit/audit.service";
import { Indicator } from "../indicator/indicator.entity";
import { Assignment } from "./assignment.entity";
import type { AssignmentArgs, AssignTargetArgs, AssignmentFilter } from "./assignment.inputs";
import { Permission } from "../../auth/permissions";
import { ALIAS, whereEquals, type ListSpec } from "../../common/list";
import { whereIndicatorWithin } from "../indicator/indicator.filters";

async function agencyValidOn(tx: EntityManager, agencyId: string, day: string): Promise<Agency> {
  const agency = await tx.getRepository(Agency).findOneBy({ id: assertId(agencyId, "agencyId") });
  if (!agency) throw badInput("agencyId", "Không có cơ quan với mã này (unknown agency)");
  if ((agency.validTo && agency.validTo < day) || (agency.validFrom && agency.validFrom > day)) {
    throw badInput(
      "agencyId",
      `${agency.shortName} không còn hoạt động vào ngày ${day}${agency.successorId ? "; hãy giao cho cơ quan kế thừa" : ""} (agency not in existence on that day)`,
    );
  }
  return agency;
}

/** Ends an assignment the day before `day` (or on its first day, if it starts that day). */
export async function endAssignment(
  tx: EntityManager,
  ctx: RequestContext,
  assignment: Assignment,
  day: string,
  reason: string,
): Promise<void> {
  const before = { ...assignment };
  const dayBefore = addDays(day, -1);
  const endsOn = dayBefore < assignment.startsOn ? assignment.startsOn : dayBefore;
  await tx.getRepository(Assignment).update(assignment.id, { endsOn });
  await recordAudit(tx, ctx, {
    action: "Assignment.end",
    entityType: "Assignment",
    entityId: assignment.id,
    before,
    after: { ...assignment, endsOn },
    reason,
  });
}

/** What a new assignment is given; it starts active, assigned by the caller. */
export type NewAssignment = Pick<
  Assignment,
  "indicatorId" | "agencyId" | "role" | "frequency" | "dueDaysAfterPeriod" | "note" | "startsOn"
>;

/** Saves a new active assignment with its audit event, in the caller's transaction. */
export async function startAssignment(
  tx: EntityManager,
  ctx: RequestContext,
  values: NewAssignment,
  audit: { action?: string; reason?: string } = {},
): Promise<Assignment> {
  const repository = tx.getRepository(Assignment);
  const row = await repository.save(
    repository.create({ ...values, endsOn: null, assignedById: ctx.user?.id ?? null }),
  );
  await recordAudit(tx, ctx, {
    action: audit.action ?? "Assignment.create",
    entityType: "Assignment",
    entityId: row.id,
    after: row,
    reason: audit.reason,
  });
  return row;
}

export const assignmentCrud: CrudSpec<Assignment, AssignmentArgs> = {
  entity: Assignment,
  typeName: "Assignment",
  required: ["indicatorId", "agencyId", "role", "frequency", "dueDaysAfterPeriod"],
  async prepare(tx, ctx, args, existing) {
    if (existing) {
      for (const field of ["indicatorId", "agencyId", "role", "startsOn"] as const) {
        if (args[field] !== undefined && args[field] !== existing[field]) {
          throw badInput(
            field,
            `Không sửa ${field} của phân công đã có; hãy kết thúc nó và phân công mới (end it and assign anew)`,
          );
        }
      }
      return { ...args };
    }
    const startsOn = args.startsOn ?? vietnamDate();
    await agencyValidOn(tx, args.agencyId!, startsOn);
    return { ...args, startsOn, assignedById: ctx.user?.id ?? null };
  },
  dependents: [],
};

/** Assigns one indicator, or every active indicator of a target, to an agency. */
export async function assignTarget(
  ctx: RequestContext,
  args: AssignTargetArgs,
): Promise<Assignment[]> {
  if (!args.targetId === !args.indicatorId) {
    throw badInput(
      "targetId",
      "Chọn một chỉ tiêu hoặc một chỉ tiêu thành phần (give targetId or indicatorId, not both)",
    );
  }
  const startsOn = args.startsOn ?? vietnamDate();
  return inTransaction(ctx, async (tx) => {
    const agency = await agencyValidOn(tx, args.agencyId, startsOn);
    const indicators = args.targetId
      ? await tx.getRepository(Indicator).find({
          where: { targetId: assertId(args.targetId, "targetId"), active: true },
          order: { position: "ASC" },
        })
      : await tx
          .getRepository(Indicator)
          .findBy({ id: assertId(args.indicatorId!, "indicatorId") });
    if (indicators.length === 0) {
      throw args.targetId
        ? notFound("Target", args.targetId)
        : notFound("Indicator", args.indicatorId!);
    }
    const created: Assignment[] = [];
    for (const indicator of indicators) {
      const active = await tx
        .getRepository(Assignment)
        .findBy({ indicatorId: indicator.id, endsOn: IsNull() });
      const own = active.find((a) => a.agencyId === agency.id);
      if (own?.role === args.role) continue; // already so
      if (own) await endAssignment(tx, ctx, own, startsOn, `đổi vai trò sang ${args.role}`);
      if (args.role === AssignmentRole.LEAD) {
        const lead = active.find((a) => a.role === AssignmentRole.LEAD && a.agencyId !== agency.id);
        if (lead)
          await endAssignment(tx, ctx, lead, startsOn, `chuyển chủ trì sang ${agency.shortName}`);
      }
      created.push(
        await startAssignment(tx, ctx, {
          indicatorId: indicator.id,
          agencyId: agency.id,
          role: args.role,
          frequency: args.frequency,
          dueDaysAfterPeriod: args.dueDaysAfterPeriod,
          note: args.note ?? null,
          startsOn,
        }),
      );
    }
    return created;
  });
}

/** A merged agency's open assignments pass to its successor the day after the merger. */
export async function handOverAssignments(
  tx: EntityManager,
  ctx: RequestContext,
  from: Agency,
  to: Agency,
  lastDay: string,
): Promise<void> {
  const firstDay = addDays(lastDay, 1);
  const open = await tx.getRepository(Assignment).findBy({ agencyId: from.id, endsOn: IsNull() });
  for (const assignment of open) {
    await endAssignment(tx, ctx, assignment, firstDay, `hợp nhất vào ${to.shortName}`);
    const theirs = await tx
      .getRepository(Assignment)
      .findOneBy({ indicatorId: assignment.indicatorId, agencyId: to.id, endsOn: IsNull() });
    if (
      theirs &&
      (theirs.role === AssignmentRole.LEAD || assignment.role === AssignmentRole.COORDINATE)
    )
      continue;
    if (theirs) await endAssignment(tx, ctx, theirs, firstDay, `nhận chủ trì từ ${from.shortName}`);
    await startAssignment(
      tx,
      ctx,
      {
        indicatorId: assignment.indicatorId,
        agencyId: to.id,
        role: assignment.role,
        frequency: assignment.frequency,
        dueDaysAfterPeriod: assignment.dueDaysAfterPeriod,
        note: `Tiếp nhận từ ${from.shortName} khi hợp nhất ngày ${firstDay.split("-").reverse().join("/")}`,
        startsOn: firstDay,
      },
      { action: "Assignment.handOver", reason: `${from.shortName} hợp nhất vào ${to.shortName}` },
    );
  }
}

export const assignmentList: ListSpec<Assignment, AssignmentFilter> = {
  entity: Assignment,
  typeName: "Assignment",
  allow: [Permission.ReadPublic],
  sortable: { startsOn: "startsOn", endsOn: "endsOn", role: "role", assignedAt: "assignedAt" },
  defaultSort: { field: "startsOn", order: "ASC" },
  searchable: ["note"],
  filter(qb, f) {
    whereEquals(qb, "indicatorId", f.indicatorId, "filter.indicatorId");
    whereEquals(qb, "agencyId", f.agencyId, "filter.agencyId");
    whereEquals(qb, "role", f.role, "filter.role");
    whereEquals(qb, "frequency", f.frequency, "filter.frequency");
    if (f.active === true) qb.andWhere(`${ALIAS}.endsOn IS NULL`);
    if (f.active === false) qb.andWhere(`${ALIAS}.endsOn IS NOT NULL`);
    whereIndicatorWithin(qb, f);
  },
};
