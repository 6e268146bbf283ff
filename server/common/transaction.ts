/**
 * Every write runs in one transaction with its audit event. Serialization
 * failures and deadlocks are retried a few times before the caller sees a
 * CONFLICT. Inside the transaction use only its manager: the embedded
 * database runs one statement at a time, and a second connection would wait
 * for the transaction forever.
 */
import type { EntityManager } from "typeorm";
import { QueryFailedError } from "typeorm";
import type { RequestContext } from "../context";

const RETRYABLE = new Set(["40001", "40P01"]);
const ATTEMPTS = 3;

export async function inTransaction<T>(
  ctx: RequestContext,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.db.transaction(work);
    } catch (error) {
      const code =
        error instanceof QueryFailedError
          ? (error.driverError as { code?: string }).code
          : undefined;
      if (!code || !RETRYABLE.has(code) || attempt >= ATTEMPTS) throw error;
      ctx.log.warn({ code, attempt }, "transaction retried");
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt * Math.random()));
    }
  }
}
