/**
 * Sign-in throttling (OWASP ASVS 6.3), counted in PostgreSQL so that it holds
 * across server copies, and atomic: each attempt reserves its place with one
 * upsert per key before the password is checked, so attempts sent at once are
 * counted one after the other, never all against the same "9 so far".
 *
 * - The pair of account and address is refused after PAIR_LIMIT attempts in
 *   the window: a guesser stops, the owner elsewhere is not refused.
 * - An address is refused after ADDRESS_LIMIT attempts (whatever the
 *   accounts): one source cannot spray the whole directory. Behind a proxy
 *   this is the client's address only when TRUST_PROXY names that proxy.
 * - An account alone is never locked: its password checks are spaced apart,
 *   the gap doubling with each failure up to ACCOUNT_MAX_DELAY_MS, whichever
 *   address they come from. An attempt whose turn is further away than
 *   ACCOUNT_MAX_WAIT_MS is refused with the time to wait (429, Retry-After).
 *
 * An attempt counts until it succeeds; a success clears its pair and account
 * and gives its address its attempt back.
 */
import { HeaderMap } from "@apollo/server";
import type { DataSource } from "typeorm";
import { apiError } from "../common/errors";

export const WINDOW_MS = 15 * 60 * 1000;
/** Attempts of one account from one address in a window. */
export const PAIR_LIMIT = 10;
/** Attempts from one address in a window, all accounts together. */
export const ADDRESS_LIMIT = 30;
/** Failures of an account before its checks are spaced apart. */
export const ACCOUNT_FREE_FAILURES = 3;
export const ACCOUNT_BASE_DELAY_MS = 200;
export const ACCOUNT_MAX_DELAY_MS = 4000;
/** The longest an attempt waits for its turn before it is refused instead. */
export const ACCOUNT_MAX_WAIT_MS = 10000;

export function keysFor(email: string, ip: string) {
  return { pair: `pair:${email}|${ip}`, address: `ip:${ip}`, account: `email:${email}` };
}

function throttled(seconds: number) {
  const wait = Math.max(1, Math.ceil(seconds));
  const minutes = Math.ceil(wait / 60);
  return apiError(
    "UNAUTHENTICATED",
    wait > 60
      ? `Đăng nhập sai quá nhiều lần; hãy thử lại sau ${minutes} phút (too many failed sign-ins, try again in ${minutes} minutes)`
      : `Đăng nhập sai nhiều lần; hãy thử lại sau ${wait} giây (too many failed sign-ins, try again in ${wait} seconds)`,
    {
      retryAfterSeconds: wait,
      http: { status: 429, headers: new HeaderMap([["retry-after", String(wait)]]) },
    },
  );
}

const WINDOW = `make_interval(secs => ${WINDOW_MS / 1000})`;

/** Counts an attempt on a key; refused (with the seconds left) when the key is over `limit`. */
async function count(db: DataSource, key: string, limit: number): Promise<number | null> {
  const [row] = (await db.query(
    `INSERT INTO login_throttle AS t (key, failures, window_ends, next_at, slot_at)
       VALUES ($1, 1, now() + ${WINDOW}, now(), now())
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN t.window_ends <= now() THEN 1 ELSE t.failures + 1 END,
       window_ends = CASE WHEN t.window_ends <= now() THEN now() + ${WINDOW} ELSE t.window_ends END
     RETURNING failures, extract(epoch FROM window_ends - now())::float8 AS left`,
    [key],
  )) as { failures: number; left: number }[];
  return row.failures > limit ? row.left : null;
}

/**
 * Takes the account's next turn to check a password: now while it has few failures, else the
 * previous turn plus a delay doubling with each failure. Refused (seconds to wait) when the
 * turn is too far away; otherwise resolves with the milliseconds to wait.
 */
async function turn(db: DataSource, key: string): Promise<{ waitMs: number; refused: boolean }> {
  const delay = `least(${ACCOUNT_MAX_DELAY_MS}, ${ACCOUNT_BASE_DELAY_MS} * power(2, greatest(t.failures + 1 - ${ACCOUNT_FREE_FAILURES}, 0) - 1))`;
  const expired = `t.window_ends <= now()`;
  const slot = `greatest(t.next_at, now())`;
  const refused = `(NOT ${expired} AND ${slot} > now() + make_interval(secs => ${ACCOUNT_MAX_WAIT_MS / 1000}))`;
  const [row] = (await db.query(
    `INSERT INTO login_throttle AS t (key, failures, window_ends, next_at, slot_at)
       VALUES ($1, 1, now() + ${WINDOW}, now(), now())
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN ${expired} THEN 1 WHEN ${refused} THEN t.failures ELSE t.failures + 1 END,
       window_ends = CASE WHEN ${expired} THEN now() + ${WINDOW} ELSE t.window_ends END,
       slot_at = CASE WHEN ${expired} THEN now() ELSE ${slot} END,
       next_at = CASE
         WHEN ${expired} THEN now()
         WHEN ${refused} THEN t.next_at
         WHEN t.failures + 1 <= ${ACCOUNT_FREE_FAILURES} THEN ${slot}
         ELSE ${slot} + make_interval(secs => ${delay} / 1000.0) END
     RETURNING extract(epoch FROM slot_at - now())::float8 * 1000 AS wait,
       slot_at > now() + make_interval(secs => ${ACCOUNT_MAX_WAIT_MS / 1000}) AS refused`,
    [key],
  )) as { wait: number; refused: boolean }[];
  return { waitMs: Math.max(0, row.wait), refused: row.refused };
}

/**
 * Counts this attempt and waits for the account's turn; refuses (HTTP 429 with Retry-After)
 * when the pair or the address is over its limit or the turn is too far away.
 */
export async function reserveAttempt(db: DataSource, email: string, ip: string): Promise<void> {
  const keys = keysFor(email, ip);
  const pair = await count(db, keys.pair, PAIR_LIMIT);
  if (pair !== null) throw throttled(pair);
  const address = await count(db, keys.address, ADDRESS_LIMIT);
  if (address !== null) throw throttled(address);
  const { waitMs, refused } = await turn(db, keys.account);
  if (refused) throw throttled(waitMs / 1000);
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
}

/** After a successful sign-in: its pair and account start afresh, its address gets the attempt back. */
export async function attemptSucceeded(db: DataSource, email: string, ip: string): Promise<void> {
  const keys = keysFor(email, ip);
  await db.query(`DELETE FROM login_throttle WHERE key = ANY($1)`, [[keys.pair, keys.account]]);
  await db.query(`UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE key = $1`, [
    keys.address,
  ]);
}

/** An attempt refused before it could be checked (an oversized e-mail) still counts for its address. */
export async function countAddressAttempt(db: DataSource, ip: string): Promise<void> {
  await count(db, keysFor("", ip).address, ADDRESS_LIMIT);
}
