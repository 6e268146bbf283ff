/** Sign-in, sign-out and sessions. */
import { IsNull } from "typeorm";
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE } from "../../auth/authenticate";
import { callerChanged } from "../../auth/caller-cache";
import { attemptSucceeded, reserveAttempt } from "../../auth/login-throttle";
import { dummyHash, verifyPassword } from "../../auth/passwords";
import { digest, newSecret, SESSION_PREFIX } from "../../auth/secrets";
import { apiError, badInput, unauthenticated } from "../../common/errors";
import type { RequestContext } from "../../context";
import { recordAudit } from "../audit/audit.service";
import { Session } from "./session.entity";
import { User } from "./user.entity";

export interface LoginOutcome {
  token: string;
  expiresAt: Date;
  user: User;
}

const WRONG = "Email hoặc mật khẩu không đúng (wrong e-mail or password)";

export async function login(
  ctx: RequestContext,
  rawEmail: string,
  password: string,
): Promise<LoginOutcome> {
  const email = rawEmail.trim().toLowerCase();
  // Counted before the password is checked, so attempts sent at once are throttled too.
  await reserveAttempt(ctx.primaryDb, email, ctx.ip);
  const user = await ctx.db
    .getRepository(User)
    .createQueryBuilder("u")
    .addSelect("u.passwordHash")
    .where("u.email = :email", { email })
    .getOne();
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !ok || !user.active) {
    await recordAudit(ctx.db.manager, ctx, {
      action: "login.failed",
      entityType: "User",
      entityId: user?.id ?? null,
      after: { email, ip: ctx.ip },
      reason: !user ? "unknown account" : !ok ? "wrong password" : "deactivated",
    });
    throw apiError("UNAUTHENTICATED", WRONG);
  }
  await attemptSucceeded(ctx.primaryDb, email, ctx.ip);
  const token = newSecret(SESSION_PREFIX);
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await ctx.db.transaction(async (tx) => {
    await tx.getRepository(Session).insert({
      userId: user.id,
      tokenHash: digest(token),
      lastSeenAt: now,
      expiresAt,
      ip: ctx.ip || null,
    });
    await tx.getRepository(User).update(user.id, { lastLoginAt: now });
    await recordAudit(
      tx,
      { ...ctx, user },
      { action: "login", entityType: "User", entityId: user.id, after: { ip: ctx.ip } },
    );
  });
  ctx.setCookie?.(SESSION_COOKIE, token, SESSION_ABSOLUTE_MS);
  const { passwordHash: _hidden, ...visible } = user;
  return { token, expiresAt, user: Object.assign(new User(), visible) };
}

export async function logout(ctx: RequestContext): Promise<boolean> {
  if (!ctx.user) throw unauthenticated();
  // An API token is ended with revokeApiToken; answering true here would claim a sign-out that did not happen.
  if (ctx.via === "token")
    throw badInput(
      "authorization",
      "Mã API không đăng xuất được; hãy thu hồi mã bằng revokeApiToken (an API token is revoked with revokeApiToken, not logout)",
    );
  if (ctx.sessionId) {
    await ctx.db.transaction(async (tx) => {
      await tx
        .getRepository(Session)
        .update({ id: ctx.sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
      await callerChanged(tx, ctx, ctx.user!.id);
      await recordAudit(tx, ctx, { action: "logout", entityType: "User", entityId: ctx.user!.id });
    });
  }
  ctx.setCookie?.(SESSION_COOKIE, "", 0);
  return true;
}
