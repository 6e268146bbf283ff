import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from "type-graphql";
import { Allow } from "../../auth/allow";
import type { RequestContext } from "../../context";
import { createApiToken, revokeApiToken, apiTokenList } from "./api-token.service";
import { Permission } from "../../auth/permissions";
import { createReadResolver } from "../../read/read-resolver";
import { ApiToken } from "./api-token.entity";
import { ApiTokenFilter } from "./api-token.inputs";

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
