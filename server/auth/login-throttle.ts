/**
 * Repeated failed sign-ins are slowed, then refused for a while, per account
 * and per address (OWASP ASVS 6.3). Counted over a sliding window in the
 * database.
 */
import { MoreThan, type DataSource } from "typeorm";
import { apiError } from "../common/errors";
import { LoginFailure } from "../modules/user/login-failure.entity";

export const WINDOW_MS = 15 * 60 * 1000;
/** Failures after which each answer is delayed. */
export const SLOW_AFTER = 3;
/** Failures after which the account is refused until the window passes. */
export const LOCK_ACCOUNT_AFTER = 10;
export const LOCK_ADDRESS_AFTER = 30;

export function keysFor(email: string, ip: string): { account: string; address: string } {
  return { account: `email:${email}`, address: `ip:${ip}` };
}

async function failures(db: DataSource, key: string, now: Date): Promise<number> {
  return db
    .getRepository(LoginFailure)
    .countBy({ key, at: MoreThan(new Date(now.getTime() - WINDOW_MS)) });
}

/** Refuses when locked; otherwise waits as long as recent failures require. */
export async function checkThrottle(
  db: DataSource,
  email: string,
  ip: string,
  now = new Date(),
): Promise<void> {
  const keys = keysFor(email, ip);
  const [account, address] = await Promise.all([
    failures(db, keys.account, now),
    failures(db, keys.address, now),
  ]);
  if (account >= LOCK_ACCOUNT_AFTER || address >= LOCK_ADDRESS_AFTER) {
    throw apiError(
      "UNAUTHENTICATED",
      "Đăng nhập sai quá nhiều lần; hãy thử lại sau 15 phút (too many failed sign-ins, try again in 15 minutes)",
      { retryAfterSeconds: WINDOW_MS / 1000 },
    );
  }
  const over = Math.max(account, address / 3) - SLOW_AFTER;
  if (over >= 0)
    await new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** over, 4000)));
}

export async function recordFailure(db: DataSource, email: string, ip: string): Promise<void> {
  const keys = keysFor(email, ip);
  await db.getRepository(LoginFailure).insert([{ key: keys.account }, { key: keys.address }]);
}

export async function clearAccountFailures(db: DataSource, email: string): Promise<void> {
  await db.getRepository(LoginFailure).delete({ key: keysFor(email, "").account });
}
