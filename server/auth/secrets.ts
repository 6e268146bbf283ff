/**
 * Opaque secrets (session and API tokens): 256 random bits, shown once,
 * stored only as a SHA-256 digest. A fast hash is right here, unlike for
 * passwords, because the secret itself has full entropy.
 */
import { createHash, randomBytes } from "node:crypto";

export const SESSION_PREFIX = "rts_";
export const API_TOKEN_PREFIX = "rtk_";

export function newSecret(prefix: string): string {
  return prefix + randomBytes(32).toString("base64url");
}

export function digest(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
