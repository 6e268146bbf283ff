/**
 * Who is calling: a session (cookie or bearer) or an API token (bearer).
 * Credentials in the URL are refused, so they never end up in logs.
 */
import { parse as parseCookies } from "cookie";
import { GraphQLError } from "graphql";
import type { IncomingMessage } from "node:http";
import type { DataSource } from "typeorm";
import { unauthenticated, apiError } from "../common/errors";
import { ApiToken } from "../modules/api-token/api-token.entity";
import { Session } from "../modules/user/session.entity";
import { User } from "../modules/user/user.entity";
import { callerCacheOf } from "./caller-cache";
import { anonymousPermissions, permissionsFor, type Permission } from "./permissions";
import { API_TOKEN_PREFIX, digest, SESSION_PREFIX } from "./secrets";

export const SESSION_COOKIE = "rt_session";
/** A session ends after this long without a request ... */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** ... and after this long whatever the activity. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt / lastUsedAt are written at most this often, to keep reads cheap. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export interface Caller {
  user: User | null;
  permissions: Set<Permission>;
  via: "anonymous" | "session" | "token";
  sessionId?: string;
  apiTokenId?: string;
  /** The request carried a session cookie that no longer signs anyone in: clear it. */
  staleCookie?: boolean;
}

const anonymous = (): Caller => ({
  user: null,
  permissions: new Set(anonymousPermissions),
  via: "anonymous",
});

function credentialFrom(
  req: IncomingMessage,
): { secret: string; from: "header" | "cookie" } | undefined {
  const url = new URL(req.url ?? "/", "http://localhost");
  for (const key of ["token", "access_token", "api_key", "session"]) {
    if (url.searchParams.has(key)) {
      throw apiError(
        "UNAUTHENTICATED",
        "Không gửi mã truy cập trong URL; dùng header Authorization (credentials in the URL are refused)",
      );
    }
  }
  const header = req.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw apiError("UNAUTHENTICATED", "Header Authorization phải là 'Bearer <token>'");
    return { secret: match[1], from: "header" };
  }
  const cookies = req.headers.cookie ? parseCookies(req.headers.cookie) : {};
  const cookie = cookies[SESSION_COOKIE];
  return cookie ? { secret: cookie, from: "cookie" } : undefined;
}

export async function authenticate(
  db: DataSource,
  req: IncomingMessage,
  now = new Date(),
): Promise<Caller> {
  const credential = credentialFrom(req);
  if (!credential) return anonymous();
  const { secret, from } = credential;
  if (from === "cookie") {
    // The browser keeps a cookie past the session's idle end, a password reset or a
    // revocation: it must not stop its owner from signing in again or reading public pages.
    // It is ignored (and cleared); only a stale Bearer token is refused.
    if (!secret.startsWith(SESSION_PREFIX)) return { ...anonymous(), staleCookie: true };
    try {
      return await fromSession(db, secret, now);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === "UNAUTHENTICATED")
        return { ...anonymous(), staleCookie: true };
      throw error;
    }
  }
  if (secret.startsWith(SESSION_PREFIX)) return fromSession(db, secret, now);
  if (secret.startsWith(API_TOKEN_PREFIX)) return fromApiToken(db, secret, now);
  throw unauthenticated();
}

/**
 * The credential's row and its owner in one statement: every signed-in request pays for this,
 * so it is a single round trip, or none when this server has just seen it (caller-cache.ts).
 */
async function withOwner<T extends Session | ApiToken>(
  db: DataSource,
  entity: new () => T,
  secret: string,
): Promise<{ row: T; user: User | null } | null> {
  const hash = digest(secret);
  const cache = callerCacheOf(db);
  const known = cache?.get(hash);
  // A shallow copy of the owner per request: a resolver changing ctx.user changes no other request.
  if (known?.row instanceof entity)
    return { row: known.row as T, user: Object.assign(new User(), known.user) };
  const row = await db
    .getRepository(entity)
    .createQueryBuilder("credential")
    .leftJoinAndMapOne(
      "credential.owner",
      User,
      "owner",
      "owner.id = credential.userId AND owner.active",
    )
    .where("credential.tokenHash = :hash AND credential.revokedAt IS NULL", { hash })
    .getOne();
  if (!row) return null;
  const user = (row as T & { owner?: User }).owner ?? null;
  if (user) {
    delete (row as T & { owner?: User }).owner;
    cache?.set(hash, { row, user: Object.assign(new User(), user) });
  }
  return { row, user };
}

function deactivated(): never {
  throw apiError("UNAUTHENTICATED", "Tài khoản đã bị khóa (account deactivated)");
}

async function fromSession(db: DataSource, secret: string, now: Date): Promise<Caller> {
  const found = await withOwner(db, Session, secret);
  const session = found?.row;
  if (
    !session ||
    session.expiresAt <= now ||
    now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS
  ) {
    throw apiError(
      "UNAUTHENTICATED",
      "Phiên đăng nhập đã hết hạn, hãy đăng nhập lại (session expired)",
    );
  }
  const user = found.user ?? deactivated();
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.getRepository(Session).update(session.id, { lastSeenAt: now });
    session.lastSeenAt = now; // the cached row too: touched once a minute, not on every request
  }
  return { user, permissions: permissionsFor(user.role), via: "session", sessionId: session.id };
}

async function fromApiToken(db: DataSource, secret: string, now: Date): Promise<Caller> {
  const found = await withOwner(db, ApiToken, secret);
  const token = found?.row;
  if (!token || (token.expiresAt && token.expiresAt <= now)) {
    throw apiError(
      "UNAUTHENTICATED",
      "Mã API không hợp lệ, đã hết hạn hoặc bị thu hồi (invalid, expired or revoked API token)",
    );
  }
  const user = found.user ?? deactivated();
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.getRepository(ApiToken).update(token.id, { lastUsedAt: now });
    token.lastUsedAt = now;
  }
  return {
    user,
    permissions: permissionsFor(user.role, token.scopes),
    via: "token",
    apiTokenId: token.id,
  };
}
