import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Permission } from "../../auth/permissions";
import { createAdminResolver } from "../../common/admin-resolver";
import type { RequestContext } from "../../context";
import { Agency } from "../agency/agency.entity";
import { User } from "./user.entity";
import { userCrud, userList } from "./user.service";
import { UserArgs, UpdateUserArgs, UserFilter } from "./user.inputs";

@Resolver(() => User)
export class UserResolver extends createAdminResolver({
  type: User,
  filter: UserFilter,
  plural: "Users",
  spec: userList,
  crud: userCrud,
  args: UserArgs,
  updateArgs: UpdateUserArgs,
  manage: Permission.ManageUser,
}) {
  @FieldResolver(() => Agency, { nullable: true })
  async agency(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Agency | null> {
    return user.agencyId ? ctx.loaders.byId(Agency).load(user.agencyId) : null;
  }
}
