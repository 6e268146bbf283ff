import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { Allow } from "../../auth/allow";
import { Permission } from "../../auth/permissions";
import type { RequestContext } from "../../context";
import { login, logout } from "./auth.service";
import { User } from "./user.entity";

@ObjectType({
  description: "A new session. The token is also set as an HttpOnly cookie for the admin panel.",
})
class LoginResult {
  @Field({ description: "Send as `Authorization: Bearer <token>`; shown once." })
  token: string;

  @Field({ description: "When the session ends at the latest (it also ends after 2 hours idle)." })
  expiresAt: Date;

  @Field(() => User)
  user: User;
}

@ObjectType({ description: "Who is calling and what they may do." })
class Me {
  @Field(() => User)
  user: User;

  @Field(() => [Permission], { description: "Permissions, after an API token's scopes." })
  permissions: Permission[];

  @Field({ description: "session or token" })
  via: string;
}

@Resolver()
export class AuthResolver {
  @Allow(Permission.ReadPublic)
  @Mutation(() => LoginResult, { description: "Signs in with e-mail and password." })
  async login(
    @Arg("email") email: string,
    @Arg("password") password: string,
    @Ctx() ctx: RequestContext,
  ): Promise<LoginResult> {
    return login(ctx, email, password);
  }

  @Allow(Permission.Authenticated)
  @Mutation(() => Boolean, { description: "Ends the current session." })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return logout(ctx);
  }

  @Allow(Permission.Authenticated)
  @Query(() => Me, { description: "The caller." })
  me(@Ctx() ctx: RequestContext): Me {
    return { user: ctx.user!, permissions: [...ctx.permissions].sort(), via: ctx.via };
  }
}
