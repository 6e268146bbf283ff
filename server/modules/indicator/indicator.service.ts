import type { CrudSpec } from "../../common/crud";
import { Comparator, Direction } from "../../common/enums";
import { badInput } from "../../common/errors";
import { Assignment } from "../assignment/assignment.entity";
import { Measurement } from "../measurement/measurement.entity";
import { Indicator } from "./indicator.entity";
import { checkPredecessor } from "./indicator-predecessor";
import type { IndicatorArgs, IndicatorFilter } from "./indicator.inputs";
import { Permission } from "../../auth/permissions";
import { assertId } from "../../common/ids";
import { ALIAS, whereEquals, type ListSpec } from "../../common/list";

export const indicatorCrud: CrudSpec<Indicator, IndicatorArgs> = {
  entity: Indicator,
  typeName: "Indicator",
  required: [
    "targetId",
    "code",
    "name",
    "nameEn",
    "unit",
    "unitKind",
    "kind",
    "comparator",
    "sourcePhrase",
  ],
  async prepare(tx, _ctx, args, existing) {
    if (args.code !== undefined && !/^\d+\.[a-z]$/.test(args.code)) {
      throw badInput(
        "code",
        'Mã có dạng "<số chỉ tiêu>.<chữ cái>", ví dụ "12.b" (code like "12.b")',
      );
    }
    const comparator = args.comparator ?? existing?.comparator;
    // A one-sided goal says which way is better by itself; only a range may choose.
    const oneSided =
      comparator === Comparator.AT_LEAST
        ? Direction.HIGHER_IS_BETTER
        : comparator === Comparator.AT_MOST || comparator === Comparator.LESS_THAN
          ? Direction.LOWER_IS_BETTER
          : null;
    const direction =
      args.direction ?? oneSided ?? existing?.direction ?? Direction.HIGHER_IS_BETTER;
    if (oneSided && direction !== oneSided) {
      throw badInput(
        "direction",
        `Mục tiêu ${comparator} chỉ có chiều ${oneSided}; chỉ mục tiêu khoảng (BETWEEN) mới chọn chiều (only a range may choose its direction)`,
      );
    }
    if (args.methodologyNote && args.methodologyNote.length > 1000)
      throw badInput(
        "methodologyNote",
        "Ghi chú phương pháp tối đa 1.000 ký tự (at most 1,000 characters)",
      );
    const plan = args.planValues ?? (existing ? undefined : []);
    if (plan) {
      const years = plan.map((p) => p.year);
      if (new Set(years).size !== years.length)
        throw badInput("planValues", "Mỗi năm chỉ một giá trị kế hoạch (one plan value a year)");
      if (years.some((y) => y < 1990 || y > 2100))
        throw badInput("planValues", "Năm kế hoạch không hợp lệ (plan year out of range)");
    }
    const predecessorId =
      args.predecessorId === undefined ? existing?.predecessorId : args.predecessorId;
    // Checked when the link is set, and again when the unit or the target under it changes.
    if (
      predecessorId &&
      (args.predecessorId !== undefined ||
        args.unit !== undefined ||
        args.unitKind !== undefined ||
        args.targetId !== undefined)
    ) {
      await checkPredecessor(
        tx,
        {
          id: existing?.id,
          targetId: (args.targetId ?? existing?.targetId)!,
          unit: (args.unit ?? existing?.unit)!,
          unitKind: (args.unitKind ?? existing?.unitKind)!,
        },
        predecessorId,
      );
    }
    return {
      ...args,
      direction,
      ...(args.methodologyNote !== undefined
        ? { methodologyNote: args.methodologyNote?.trim() || null }
        : {}),
      ...(plan ? { planValues: plan.map((p) => ({ year: p.year, value: p.value })) } : {}),
    };
  },
  dependents: [
    { entity: Measurement, column: "indicatorId", label: "số liệu (measurements)" },
    { entity: Assignment, column: "indicatorId", label: "phân công (assignments)" },
    {
      entity: Indicator,
      column: "predecessorId",
      label: "chỉ tiêu kế tiếp (successor indicators)",
    },
  ],
  insteadOfDelete: "Hãy đặt active = false để ngừng theo dõi (set active to false instead).",
};

export const indicatorList: ListSpec<Indicator, IndicatorFilter> = {
  entity: Indicator,
  typeName: "Indicator",
  allow: [Permission.ReadPublic],
  sortable: {
    code: "code",
    name: "name",
    kind: "kind",
    position: "position",
    createdAt: "createdAt",
  },
  defaultSort: { field: "code", order: "ASC" },
  searchable: ["code", "name", "nameEn", "sourcePhrase"],
  filter(qb, f) {
    whereEquals(qb, "targetId", f.targetId, "filter.targetId");
    whereEquals(qb, "code", f.code, "filter.code");
    whereEquals(qb, "kind", f.kind, "filter.kind");
    whereEquals(qb, "comparator", f.comparator, "filter.comparator");
    whereEquals(qb, "active", f.active, "filter.active");
    if (f.congressId) {
      qb.andWhere(`${ALIAS}.targetId IN (SELECT id FROM target WHERE congress_id = :congressId)`, {
        congressId: assertId(f.congressId, "filter.congressId"),
      });
    }
    if (f.keyTaskId) {
      qb.andWhere(
        `${ALIAS}.targetId IN (SELECT target_id FROM target_key_task WHERE key_task_id = :keyTaskId)`,
        {
          keyTaskId: assertId(f.keyTaskId, "filter.keyTaskId"),
        },
      );
    }
    for (const [field, lead] of [
      ["agencyId", false],
      ["leadAgencyId", true],
    ] as const) {
      if (!f[field]) continue;
      qb.andWhere(
        `${ALIAS}.id IN (SELECT indicator_id FROM assignment WHERE agency_id = :${field} AND ends_on IS NULL
          ${lead ? "AND role = 'LEAD'" : ""})`,
        { [field]: assertId(f[field]!, `filter.${field}`) },
      );
    }
  },
};
