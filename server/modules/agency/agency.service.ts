import type { CrudSpec } from "../../common/crud";
import { vietnamDate } from "../../common/dates";
import { badInput } from "../../common/errors";
import { Assignment } from "../assignment/assignment.entity";
import { handOverAssignments } from "../assignment/assignment.service";
import { Measurement } from "../measurement/measurement.entity";
import { User } from "../user/user.entity";
import { Agency } from "./agency.entity";
import type { AgencyArgs, AgencyFilter } from "./agency.inputs";
import { Permission } from "../../auth/permissions";
import { ALIAS, whereEquals, type ListSpec } from "../../common/list";

export const agencyCrud: CrudSpec<Agency, AgencyArgs> = {
  entity: Agency,
  typeName: "Agency",
  required: ["provinceId", "code", "name", "shortName", "kind"],
  async prepare(tx, _ctx, input, existing) {
    // Codes are compared as written in capitals ("ctk" is "CTK"); the text limits trimmed them.
    const args = input.code === undefined ? input : { ...input, code: input.code.toUpperCase() };
    if (args.code === "") throw badInput("code", "Thiếu mã cơ quan (code is required)");
    const successorId = args.successorId === undefined ? existing?.successorId : args.successorId;
    if (successorId && successorId === existing?.id)
      throw badInput("successorId", "Cơ quan không thể kế thừa chính nó");
    if (successorId && !(await tx.getRepository(Agency).existsBy({ id: successorId }))) {
      throw badInput(
        "successorId",
        "Không có cơ quan kế thừa với mã này (unknown successor agency)",
      );
    }
    if (
      args.successorId &&
      !existing?.successorId &&
      args.validTo === undefined &&
      !existing?.validTo
    ) {
      return { ...args, validTo: vietnamDate() }; // merged today unless told otherwise
    }
    return { ...args };
  },
  async afterWrite(tx, ctx, row, _args, before) {
    if (row.successorId && !before?.successorId) {
      const successor = await tx.getRepository(Agency).findOneByOrFail({ id: row.successorId });
      await handOverAssignments(tx, ctx, row, successor, row.validTo ?? vietnamDate());
    }
  },
  dependents: [
    { entity: Measurement, column: "agencyId", label: "số liệu (measurements)" },
    { entity: Assignment, column: "agencyId", label: "phân công (assignments)" },
    { entity: User, column: "agencyId", label: "người dùng (users)" },
    { entity: Agency, column: "parentId", label: "cơ quan trực thuộc (child agencies)" },
    { entity: Agency, column: "successorId", label: "cơ quan đã hợp nhất vào (merged agencies)" },
  ],
  insteadOfDelete:
    "Hãy đặt ngày hết hiệu lực (validTo) và cơ quan kế thừa (set validTo and successorId instead).",
};

export const agencyList: ListSpec<Agency, AgencyFilter> = {
  entity: Agency,
  typeName: "Agency",
  allow: [Permission.ReadPublic],
  sortable: {
    code: "code",
    name: "name",
    shortName: "shortName",
    kind: "kind",
    validTo: "validTo",
  },
  defaultSort: { field: "code", order: "ASC" },
  searchable: ["code", "name", "shortName"],
  filter(qb, f) {
    whereEquals(qb, "provinceId", f.provinceId, "filter.provinceId");
    whereEquals(qb, "kind", f.kind, "filter.kind");
    whereEquals(qb, "parentId", f.parentId, "filter.parentId");
    whereEquals(qb, "code", f.code, "filter.code");
    if (f.validOn) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(f.validOn))
        throw badInput("filter.validOn", "validOn phải có dạng YYYY-MM-DD");
      qb.andWhere(
        `(${ALIAS}.validFrom IS NULL OR ${ALIAS}.validFrom <= :validOn) AND (${ALIAS}.validTo IS NULL OR ${ALIAS}.validTo >= :validOn)`,
        { validOn: f.validOn },
      );
    }
  },
};
