/** Password hashing with Argon2id at OWASP's minimum cost (19 MiB, t=2, p=1). */
import { dictionary } from "@zxcvbn-ts/language-common";
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

/**
 * The common-password list of zxcvbn-ts (about 49,000 passwords seen in breaches, ranked by
 * frequency), lower-cased; only those long enough to pass the length rule matter.
 */
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(
    dictionary["passwords-common"]
      .filter((p) => p.length >= MIN_PASSWORD_LENGTH)
      .map((p) => p.toLowerCase()),
  );
  return common;
}

/** OWASP ASVS 6.2: at least 10 characters, at most 200, and not a known common password. */
export function checkPasswordStrength(password: string, field = "password"): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw badInput(
      field,
      `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự (at least ${MIN_PASSWORD_LENGTH} characters)`,
    );
  }
  if (password.length > 200) throw badInput(field, "Mật khẩu quá dài (at most 200 characters)");
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower) || /^(.)\1*$/.test(password))
    throw badInput(
      field,
      "Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác (a common password; choose another)",
    );
}
