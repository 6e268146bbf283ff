/** Loaders over the target ↔ key task link table, both ways. */
import type DataLoader from "dataloader";
import type { RequestContext } from "../../context";
import { Target } from "../target/target.entity";
import { KeyTask } from "./key-task.entity";

async function linked<T extends { id: string }>(
  ctx: RequestContext,
  entity: typeof Target | typeof KeyTask,
  from: "target_id" | "key_task_id",
  to: "target_id" | "key_task_id",
  keys: readonly string[],
  order: string,
): Promise<T[][]> {
  const links: { from: string; to: string }[] = await ctx.db.query(
    `SELECT ${from} AS "from", ${to} AS "to" FROM target_key_task WHERE ${from} = ANY($1::uuid[])`,
    [keys],
  );
  const rows = (await ctx.loaders
    .byId<T>(entity as never)
    .loadMany([...new Set(links.map((l) => l.to))])) as (T | Error | null)[];
  const byId = new Map(
    rows.filter((r): r is T => !!r && !(r instanceof Error)).map((r) => [r.id, r]),
  );
  return keys.map((k) =>
    links
      .filter((l) => l.from === k)
      .map((l) => byId.get(l.to)!)
      .filter(Boolean)
      .sort((a, b) => (a as never)[order] - (b as never)[order]),
  );
}

export function targetsOfKeyTasks(ctx: RequestContext): DataLoader<string, Target[]> {
  return ctx.loaders.custom("targetsOfKeyTask", (keys: readonly string[]) =>
    linked<Target>(ctx, Target, "key_task_id", "target_id", keys, "number"),
  );
}

export function keyTasksOfTargets(ctx: RequestContext): DataLoader<string, KeyTask[]> {
  return ctx.loaders.custom("keyTasksOfTarget", (keys: readonly string[]) =>
    linked<KeyTask>(ctx, KeyTask, "target_id", "key_task_id", keys, "ordinal"),
  );
}
