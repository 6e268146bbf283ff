import type { CrudSpec } from "../../common/crud";
import { badInput } from "../../common/errors";
import { Assignment } from "../assignment/assignment.entity";
import { Measurement } from "../measurement/measurement.entity";
import { Indicator } from "./indicator.entity";
import type { IndicatorArgs } from "./indicator.inputs";

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
  prepare(_tx, _ctx, args, existing) {
    if (args.code !== undefined && !/^\d+\.[a-z]$/.test(args.code)) {
      throw badInput(
        "code",
        'Mã có dạng "<số chỉ tiêu>.<chữ cái>", ví dụ "12.b" (code like "12.b")',
      );
    }
    const plan = args.planValues ?? (existing ? undefined : []);
    if (plan) {
      const years = plan.map((p) => p.year);
      if (new Set(years).size !== years.length)
        throw badInput("planValues", "Mỗi năm chỉ một giá trị kế hoạch (one plan value a year)");
      if (years.some((y) => y < 1990 || y > 2100))
        throw badInput("planValues", "Năm kế hoạch không hợp lệ (plan year out of range)");
    }
    return {
      ...args,
      ...(plan ? { planValues: plan.map((p) => ({ year: p.year, value: p.value })) } : {}),
    };
  },
  dependents: [
    { entity: Measurement, column: "indicatorId", label: "số liệu (measurements)" },
    { entity: Assignment, column: "indicatorId", label: "phân công (assignments)" },
  ],
  insteadOfDelete: "Hãy đặt active = false để ngừng theo dõi (set active to false instead).",
};
