import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from "type-graphql";
import { Allow } from "../../auth/allow";
import type { RequestContext } from "../../context";
import { createApiToken, revokeApiToken } from "./api-token.service";
import { Permission } from "../../auth/permissions";
import { ALIAS, whereEquals, type ListSpec } from "../../common/list";
import { createReadResolver } from "../../read/read-resolver";
import { ApiToken } from "./api-token.entity";

@InputType({ description: "Filter for allApiTokens." })
export class ApiTokenFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({ nullable: true, description: "Search in name and prefix." }) q?: string;
  @Field(() => ID, { nullable: true }) userId?: string;
  @Field({ nullable: true, description: "Only usable (true) or only revoked or expired (false)." })
  active?: boolean;
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

@ObjectType({ description: "A new API token: the secret is shown this once." })
class CreatedApiToken {
  @Field({ description: "Send as `Authorization: Bearer <token>`. It cannot be shown again." })
  token: string;

  @Field(() => ApiToken)
  apiToken: ApiToken;
}

@Resolver(() => ApiToken)
export class ApiTokenResolver extends createReadResolver({
  type: ApiToken,
  filter: ApiTokenFilter,
  plural: "ApiTokens",
  spec: apiTokenList,
}) {
  @Allow(Permission.ManageOwnApiToken, Permission.ManageAnyApiToken)
  @Mutation(() => CreatedApiToken, {
    description:
      "Creates a token for yourself (administrators: for anyone). It never grants more than its owner has.",
  })
  async createApiToken(
    @Arg("name") name: string,
    @Arg("scopes", () => [String], { description: "read, submit" }) scopes: string[],
    @Ctx() ctx: RequestContext,
    @Arg("expiresAt", () => Date, { nullable: true }) expiresAt?: Date,
    @Arg("userId", () => ID, { nullable: true }) userId?: string,
  ): Promise<CreatedApiToken> {
    return createApiToken(ctx, { name, scopes, expiresAt, userId });
  }

  @Allow(Permission.ManageOwnApiToken, Permission.ManageAnyApiToken)
  @Mutation(() => ApiToken, { description: "Revokes a token at once." })
  async revokeApiToken(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ApiToken> {
    return revokeApiToken(ctx, id);
  }
}
