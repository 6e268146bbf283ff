/**
 * Every list the admin shows, downloadable as CSV with the same filter, sort
 * and row scope as its GraphQL query: `/exports/Target.csv?filter={"congressId":"…"}`.
 * Columns are the ones people read (list-export-columns.ts), not the table's.
 */
import type { Request } from "express";
import type { ObjectLiteral } from "typeorm";
import { csvDocument } from "../../common/csv";
import { badInput, forbidden, unauthenticated } from "../../common/errors";
import { exportFilter } from "../../common/export-filter";
import { findAllRows, type BaseFilter, type ListSpec } from "../../common/list";
import type { RequestContext } from "../../context";
import { EXPORT_COLUMNS, loadNames, oneLine } from "./list-columns";
import { agencyList } from "../agency/agency.service";
import { apiTokenList } from "../api-token/api-token.service";
import { assignmentList } from "../assignment/assignment.service";
import { auditEventList } from "../audit/audit.service";
import { congressList } from "../congress/congress.service";
import { indicatorList } from "../indicator/indicator.service";
import { keyTaskList } from "../key-task/key-task.service";
import { measurementList } from "../measurement/measurement.service";
import { targetList } from "../target/target.service";
import { userList } from "../user/user.service";

export const EXPORT_LIMIT = 50_000;

const lists: Record<string, ListSpec<ObjectLiteral, BaseFilter>> = Object.fromEntries(
  [
    congressList,
    keyTaskList,
    targetList,
    indicatorList,
    agencyList,
    assignmentList,
    measurementList,
    userList,
    apiTokenList,
    auditEventList,
  ].map((spec) => [spec.typeName, spec as unknown as ListSpec<ObjectLiteral, BaseFilter>]),
);

export const exportableLists = Object.keys(lists);

export async function listCsv(
  ctx: RequestContext,
  resource: string,
  req: Request,
): Promise<string> {
  // Own keys only: "__proto__" or "constructor" are not lists.
  const spec = Object.hasOwn(lists, resource) ? lists[resource] : undefined;
  if (!spec)
    throw badInput(
      "resource",
      `Không có danh sách "${resource}"; chọn: ${exportableLists.join(", ")}`,
    );
  if (!spec.allow.some((p) => ctx.permissions.has(p)))
    throw ctx.user ? forbidden() : unauthenticated();
  const filter = await exportFilter(spec.typeName, req.query.filter);
  const rows = await findAllRows(
    ctx,
    spec,
    {
      sortField: req.query.sortField ? String(req.query.sortField) : undefined,
      sortOrder: req.query.sortOrder ? String(req.query.sortOrder) : undefined,
    },
    filter,
    EXPORT_LIMIT,
  );
  const columns = EXPORT_COLUMNS[resource];
  const names = await loadNames(ctx, rows);
  return csvDocument([
    columns.map((c) => c.header),
    ...rows.map((row) => columns.map((c) => oneLine(c.value(row, names)))),
  ]);
}
