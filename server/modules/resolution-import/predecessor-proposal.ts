/**
 * Proposes, for each indicator of a draft, the indicator of the previous congress it continues:
 * one with the same unit, the same kind of quantity and the same kind of goal, whose name is
 * the closest (shared words), if close enough. A proposal only: the administrator keeps,
 * changes or clears it in the draft table, and nothing is linked until the draft is confirmed.
 */
import type { EntityManager } from "typeorm";
import { notFound } from "../../common/errors";
import type { RequestContext } from "../../context";
import { Congress } from "../congress/congress.entity";
import { Indicator } from "../indicator/indicator.entity";
import type { ResolutionDraft } from "./resolution-parser";
import { unitKindOf } from "./resolution-import.service";

/** Below this share of shared words a name is not proposed. */
export const MIN_NAME_SIMILARITY = 0.4;

const words = (name: string) =>
  new Set(
    name
      .normalize("NFC")
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0),
  );

/** Dice's coefficient over the words of two names (0: none shared, 1: the same words). */
export function nameSimilarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  return (2 * shared) / (x.size + y.size);
}

export interface Proposal {
  id: string;
  code: string;
  name: string;
  similarity: number;
}

/** The congress just before `congressId` in the same province, if any. */
export async function previousCongress(
  db: EntityManager,
  congressId: string,
): Promise<Congress | null> {
  const congress = await db.getRepository(Congress).findOneBy({ id: congressId });
  if (!congress) throw notFound("Congress", congressId);
  return db
    .getRepository(Congress)
    .createQueryBuilder("c")
    .where("c.provinceId = :p AND c.ordinal < :o", {
      p: congress.provinceId,
      o: congress.ordinal,
    })
    .orderBy("c.ordinal", "DESC")
    .getOne();
}

/** Adds `proposedPredecessor` to each indicator of the draft (null when none fits). */
export async function proposePredecessors(
  ctx: RequestContext,
  congressId: string,
  draft: ResolutionDraft,
): Promise<ResolutionDraft> {
  const congress = await ctx.db.getRepository(Congress).findOneBy({ id: congressId });
  if (!congress || (ctx.user?.provinceId && congress.provinceId !== ctx.user.provinceId))
    throw notFound("Congress", congressId);
  const previous = await previousCongress(ctx.db.manager, congressId);
  const candidates = previous
    ? await ctx.db
        .getRepository(Indicator)
        .createQueryBuilder("i")
        .innerJoin("target", "t", "t.id = i.target_id")
        .where("t.congress_id = :c AND i.active", { c: previous.id })
        .orderBy("t.number")
        .addOrderBy("i.position")
        .getMany()
    : [];
  return {
    targets: draft.targets.map((t) => ({
      ...t,
      indicators: t.indicators.map((d) => {
        const unitKind = unitKindOf(d.unit, d.kind);
        let best: Proposal | null = null;
        for (const c of candidates) {
          if (c.unit.trim() !== d.unit.trim() || c.unitKind !== unitKind || c.kind !== d.kind)
            continue;
          const similarity = nameSimilarity(d.name, c.name);
          if (similarity >= MIN_NAME_SIMILARITY && (!best || similarity > best.similarity))
            best = { id: c.id, code: c.code, name: c.name, similarity };
        }
        return { ...d, proposedPredecessor: best };
      }),
    })),
  };
}
