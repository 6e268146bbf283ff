/** API tokens for integrators: shown once, stored as a SHA-256 digest with a visible prefix. */
import { callerChanged } from "../../auth/caller-cache";
import { Permission, apiTokenScopes } from "../../auth/permissions";
import { API_TOKEN_PREFIX, digest, newSecret } from "../../auth/secrets";
import { badInput, forbidden, notFound } from "../../common/errors";
import { assertId } from "../../common/ids";
import { inTransaction } from "../../common/transaction";
import type { RequestContext } from "../../context";
import { recordAudit } from "../audit/audit.service";
import { User } from "../user/user.entity";
import { ApiToken } from "./api-token.entity";
import { ALIAS, whereEquals, type ListSpec } from "../../common/list";
import type { ApiTokenFilter } from "./api-token.inputs";

export interface CreatedToken {
  token: string;
  apiToken: ApiToken;
}

export async function createApiToken(
  ctx: RequestContext,
  args: { name: string; scopes: string[]; expiresAt?: Date | null; userId?: string | null },
): Promise<CreatedToken> {
  const name = args.name.trim();
  if (!name || name.length > 100)
    throw badInput("name", "Tên mã cần từ 1 đến 100 ký tự (name of 1–100 characters)");
  const scopes = [...new Set(args.scopes)];
  if (scopes.length === 0 || scopes.some((s) => !apiTokenScopes.includes(s))) {
    throw badInput(
      "scopes",
      `Phạm vi phải thuộc: ${apiTokenScopes.join(", ")} (scopes must be among these)`,
    );
  }
  if (args.expiresAt && args.expiresAt <= new Date())
    throw badInput("expiresAt", "Ngày hết hạn đã qua (expiresAt is in the past)");
  const userId = args.userId ? assertId(args.userId, "userId") : ctx.user!.id;
  if (userId !== ctx.user!.id && !ctx.permissions.has(Permission.ManageAnyApiToken)) {
    throw forbidden("Chỉ tạo mã cho chính mình (tokens only for yourself)");
  }
  const token = newSecret(API_TOKEN_PREFIX);
  return inTransaction(ctx, async (tx) => {
    if (!(await tx.getRepository(User).existsBy({ id: userId, active: true }))) {
      throw badInput(
        "userId",
        "Không có người dùng đang hoạt động với mã này (unknown or inactive user)",
      );
    }
    const repository = tx.getRepository(ApiToken);
    const apiToken = await repository.save(
      repository.create({
        userId,
        name,
        prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
        tokenHash: digest(token),
        scopes,
        expiresAt: args.expiresAt ?? null,
      }),
    );
    await recordAudit(tx, ctx, {
      action: "ApiToken.create",
      entityType: "ApiToken",
      entityId: apiToken.id,
      after: apiToken,
    });
    return { token, apiToken };
  });
}

export async function revokeApiToken(ctx: RequestContext, id: string): Promise<ApiToken> {
  return inTransaction(ctx, async (tx) => {
    const row = await tx.getRepository(ApiToken).findOneBy({ id: assertId(id, "id") });
    // Someone else's token does not exist for a caller who may not manage it.
    if (
      !row ||
      (row.userId !== ctx.user!.id && !ctx.permissions.has(Permission.ManageAnyApiToken))
    ) {
      throw notFound("ApiToken", id);
    }
    if (row.revokedAt) return row;
    const before = { ...row };
    row.revokedAt = new Date();
    await tx.getRepository(ApiToken).update(row.id, { revokedAt: row.revokedAt });
    await callerChanged(tx, ctx, row.userId);
    await recordAudit(tx, ctx, {
      action: "ApiToken.revoke",
      entityType: "ApiToken",
      entityId: row.id,
      before,
      after: row,
    });
    return row;
  });
}

export const apiTokenList: ListSpec<ApiToken, ApiTokenFilter> = {
  entity: ApiToken,
  typeName: "ApiToken",
  allow: [Permission.ManageOwnApiToken, Permission.ManageAnyApiToken],
  sortable: {
    name: "name",
    createdAt: "createdAt",
    expiresAt: "expiresAt",
    lastUsedAt: "lastUsedAt",
  },
  defaultSort: { field: "createdAt", order: "DESC" },
  searchable: ["name", "prefix"],
  // Everyone sees their own tokens; administrators see all.
  scope(qb, ctx) {
    if (ctx.permissions.has(Permission.ManageAnyApiToken)) return;
    qb.andWhere(`${ALIAS}.userId = :ownerId`, { ownerId: ctx.user?.id ?? null });
  },
  filter(qb, f) {
    whereEquals(qb, "userId", f.userId, "filter.userId");
    const usable = `(${ALIAS}.revokedAt IS NULL AND (${ALIAS}.expiresAt IS NULL OR ${ALIAS}.expiresAt > now()))`;
    if (f.active === true) qb.andWhere(usable);
    if (f.active === false) qb.andWhere(`NOT ${usable}`);
  },
};
