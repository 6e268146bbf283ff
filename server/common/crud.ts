/**
 * Create, update and delete for the records administrators manage, each in
 * one transaction with its audit event. Rules particular to a record live in
 * its spec (`prepare`, `afterWrite`, `dependents`).
 */
import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { RequestContext } from "../context";
import { recordAudit } from "../modules/audit/audit.service";
import { apiError, badInput, notFound } from "./errors";
import { assertId } from "./ids";
import { inTransaction } from "./transaction";

export interface Dependent {
  entity: EntityTarget<ObjectLiteral>;
  /** Column of the dependent that points at the record. */
  column: string;
  /** What the dependents are, in Vietnamese and English. */
  label: string;
}

export interface CrudSpec<T extends ObjectLiteral, A extends object = Partial<T>> {
  entity: EntityTarget<T>;
  typeName: string;
  /** Fields a new record must have; none of them may be set to null later. */
  required: (keyof A & string)[];
  /** Checks and converts the arguments into column values. */
  prepare?(
    tx: EntityManager,
    ctx: RequestContext,
    args: Partial<A>,
    existing?: T,
  ): Promise<Partial<T>> | Partial<T>;
  /** Writes what follows from the change (links, hand-overs), in the same transaction. */
  afterWrite?(
    tx: EntityManager,
    ctx: RequestContext,
    row: T,
    args: Partial<A>,
    before?: T,
  ): Promise<void>;
  /** Records that would be orphaned by a delete; the delete is refused while any exist. */
  dependents?: Dependent[];
  /** What to do instead of deleting, for the refusal message. */
  insteadOfDelete?: string;
}

/** The arguments that were actually sent (GraphQL leaves the others undefined). */
function sent<A extends object>(args: A): Partial<A> {
  return Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined)) as Partial<A>;
}

function checkRequired<A extends object>(
  args: Partial<A>,
  required: string[],
  creating: boolean,
): void {
  for (const field of required) {
    const value = (args as Record<string, unknown>)[field];
    if ((creating && value === undefined) || value === null) {
      throw badInput(field, `Thiếu ${field} (${field} is required)`);
    }
  }
}

export async function createRecord<T extends ObjectLiteral, A extends object>(
  ctx: RequestContext,
  spec: CrudSpec<T, A>,
  rawArgs: A,
): Promise<T> {
  const args = sent(rawArgs);
  checkRequired(args, spec.required, true);
  return inTransaction(ctx, async (tx) => {
    const values = spec.prepare ? await spec.prepare(tx, ctx, args) : (args as Partial<T>);
    const repository = tx.getRepository(spec.entity);
    const row = await repository.save(repository.create(values as T));
    await spec.afterWrite?.(tx, ctx, row, args);
    await recordAudit(tx, ctx, {
      action: `${spec.typeName}.create`,
      entityType: spec.typeName,
      entityId: row.id,
      after: row,
    });
    return row;
  });
}

async function lockedRow<T extends ObjectLiteral>(
  tx: EntityManager,
  spec: CrudSpec<T, object>,
  id: string,
): Promise<T> {
  const row = await tx
    .getRepository(spec.entity)
    .createQueryBuilder("row")
    .setLock("pessimistic_write")
    .where("row.id = :id", { id: assertId(id, "id") })
    .getOne();
  if (!row) throw notFound(spec.typeName, id);
  return row;
}

export async function updateRecord<T extends ObjectLiteral, A extends object>(
  ctx: RequestContext,
  spec: CrudSpec<T, A>,
  id: string,
  rawArgs: A,
): Promise<T> {
  const args = sent(rawArgs);
  checkRequired(args, spec.required, false);
  return inTransaction(ctx, async (tx) => {
    const before = await lockedRow(tx, spec as CrudSpec<T, object>, id);
    const values = spec.prepare ? await spec.prepare(tx, ctx, args, before) : (args as Partial<T>);
    const repository = tx.getRepository(spec.entity);
    const row = await repository.save(
      repository.merge(repository.create({ ...before }), values as T),
    );
    await spec.afterWrite?.(tx, ctx, row, args, before);
    await recordAudit(tx, ctx, {
      action: `${spec.typeName}.update`,
      entityType: spec.typeName,
      entityId: row.id,
      before,
      after: row,
    });
    return row;
  });
}

export async function deleteRecord<T extends ObjectLiteral, A extends object>(
  ctx: RequestContext,
  spec: CrudSpec<T, A>,
  id: string,
): Promise<T> {
  return inTransaction(ctx, async (tx) => {
    const row = await lockedRow(tx, spec as CrudSpec<T, object>, id);
    for (const dependent of spec.dependents ?? []) {
      const count = await tx
        .getRepository(dependent.entity)
        .createQueryBuilder("d")
        .where(`d.${dependent.column} = :id`, { id: row.id })
        .getCount();
      if (count > 0) {
        throw apiError(
          "BAD_USER_INPUT",
          `Không xóa được: còn ${count.toLocaleString("vi-VN")} ${dependent.label}. ${spec.insteadOfDelete ?? ""}`.trim(),
          { field: "id", dependents: dependent.label, count },
        );
      }
    }
    await tx.getRepository(spec.entity).delete(row.id);
    await recordAudit(tx, ctx, {
      action: `${spec.typeName}.delete`,
      entityType: spec.typeName,
      entityId: row.id,
      before: row,
    });
    return row;
  });
}
