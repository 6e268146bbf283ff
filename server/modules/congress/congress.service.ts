import type { CrudSpec } from "../../common/crud";
import { KeyTask } from "../key-task/key-task.entity";
import { Target } from "../target/target.entity";
import { Congress } from "./congress.entity";
import type { CongressArgs, CongressFilter, ResolutionFilter } from "./congress.inputs";
import { Resolution } from "./resolution.entity";
import { ResolutionClause } from "./resolution-clause.entity";
import { ClauseKind } from "../../common/enums";
import type { RequestContext } from "../../context";
import { Permission } from "../../auth/permissions";
import { type ListSpec, whereEquals } from "../../common/list";

export const congressCrud: CrudSpec<Congress, CongressArgs> = {
  entity: Congress,
  typeName: "Congress",
  required: [
    "provinceId",
    "ordinal",
    "partyCommittee",
    "termStartYear",
    "termEndYear",
    "heldFrom",
    "heldTo",
    "place",
    "executiveCommitteeSize",
    "nationalDelegates",
    "nationalAlternates",
  ],
  dependents: [
    { entity: Resolution, column: "congressId", label: "nghị quyết (resolution)" },
    { entity: KeyTask, column: "congressId", label: "nhiệm vụ trọng tâm (key tasks)" },
    { entity: Target, column: "congressId", label: "chỉ tiêu (targets)" },
  ],
};

export const congressList: ListSpec<Congress, CongressFilter> = {
  entity: Congress,
  typeName: "Congress",
  allow: [Permission.ReadPublic],
  sortable: {
    ordinal: "ordinal",
    termStartYear: "termStartYear",
    heldFrom: "heldFrom",
    createdAt: "createdAt",
  },
  defaultSort: { field: "heldFrom", order: "DESC" },
  searchable: ["partyCommittee", "place"],
  filter(qb, f) {
    whereEquals(qb, "provinceId", f.provinceId, "filter.provinceId");
    whereEquals(qb, "ordinal", f.ordinal, "filter.ordinal");
  },
};

export const resolutionList: ListSpec<Resolution, ResolutionFilter> = {
  entity: Resolution,
  typeName: "Resolution",
  allow: [Permission.ReadPublic],
  sortable: { title: "title", adoptedOn: "adoptedOn" },
  defaultSort: { field: "adoptedOn", order: "DESC" },
  searchable: ["title"],
  filter(qb, f) {
    whereEquals(qb, "congressId", f.congressId, "filter.congressId");
  },
};

/** The resolution a congress adopted (one per congress), or null before it is imported. */
export async function resolutionOf(
  ctx: RequestContext,
  congressId: string,
): Promise<Resolution | null> {
  const rows = await ctx.loaders.manyBy(Resolution, "congressId").load(congressId);
  return rows[0] ?? null;
}

/** A resolution's clauses in order, of one kind when given. */
export async function clausesOf(
  ctx: RequestContext,
  resolutionId: string,
  kind?: ClauseKind,
): Promise<ResolutionClause[]> {
  const rows = await ctx.loaders
    .manyBy(ResolutionClause, "resolutionId", { orderBy: { "row.position": "ASC" } })
    .load(resolutionId);
  return kind ? rows.filter((c) => c.kind === kind) : rows;
}
