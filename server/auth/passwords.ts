/** Password hashing with Argon2id at OWASP's minimum cost (19 MiB, t=2, p=1). */
import argon2 from "argon2";
import { badInput } from "../common/errors";

const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so timing does not tell. */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword("not-a-real-password-for-timing");
  return dummy;
}

export function checkPasswordStrength(password: string, field = "password"): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw badInput(
      field,
      `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự (at least ${MIN_PASSWORD_LENGTH} characters)`,
    );
  }
  if (password.length > 200) throw badInput(field, "Mật khẩu quá dài (at most 200 characters)");
}
