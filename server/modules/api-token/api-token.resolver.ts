import { Field, ID, InputType, Resolver } from "type-graphql";
import { Permission } from "../../auth/permissions";
import { ALIAS, whereEquals, type ListSpec } from "../../common/list";
import { createReadResolver } from "../../common/read-resolver";
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

@Resolver(() => ApiToken)
export class ApiTokenResolver extends createReadResolver({
  type: ApiToken,
  filter: ApiTokenFilter,
  plural: "ApiTokens",
  spec: apiTokenList,
  allow: [Permission.ManageOwnApiToken, Permission.ManageAnyApiToken],
}) {}
