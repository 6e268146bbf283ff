/** Assignments of an indicator or an agency, and the agency leading an indicator. */
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { AssignmentRole } from "../../common/enums";
import type { RequestContext } from "../../context";
import { loadedBy, relation } from "../../read/relations";
import { Agency } from "../agency/agency.entity";
import { Assignment } from "./assignment.entity";

loadedBy("Indicator.assignments");
loadedBy("Agency.assignments");
loadedBy("Assignment.indicator", ["indicatorId"]);
loadedBy("Assignment.agency", ["agencyId"]);

/** Current and past assignments by `indicatorId` or `agencyId`; `active` keeps only current (or ended) ones. */
export async function assignmentsBy(
  ctx: RequestContext,
  column: "indicatorId" | "agencyId",
  id: string,
  active?: boolean | null,
): Promise<Assignment[]> {
  const rows = await ctx.loaders
    .manyBy(Assignment, column, { orderBy: { "row.startsOn": "ASC", "row.role": "ASC" } })
    .load(id);
  return active === undefined || active === null ? rows : rows.filter((a) => a.active === active);
}

/**
 * The agency actively leading an indicator (chủ trì): its active LEAD assignment (at most
 * one per indicator) joined to the agency.
 */
export const leadAgency = relation<Agency>("Indicator.leadAgency", {
  entity: Agency,
  single: true,
  query: (ctx, _args, indicatorId) =>
    ctx.db
      .getRepository(Agency)
      .createQueryBuilder("row")
      .innerJoin(
        Assignment,
        "lead",
        // The role in the SQL, not a parameter: the generic plan then uses the partial unique
        // index of active leads.
        `lead.agencyId = row.id AND lead.role = '${AssignmentRole.LEAD}' AND lead.endsOn IS NULL`,
      )
      .where(`lead.indicatorId = ${indicatorId}`) as SelectQueryBuilder<ObjectLiteral>,
});
