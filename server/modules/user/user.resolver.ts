import { Ctx, Field, FieldResolver, ID, InputType, Resolver, Root } from "type-graphql";
import { Permission } from "../../auth/permissions";
import { Role } from "../../common/enums";
import { whereEquals, type ListSpec } from "../../common/list";
import { createAdminResolver } from "../../common/admin-resolver";
import type { RequestContext } from "../../context";
import { Agency } from "../agency/agency.entity";
import { User } from "./user.entity";
import { userCrud } from "./user.service";
import { UserArgs, UpdateUserArgs } from "./user.inputs";

@InputType({ description: "Filter for allUsers." })
export class UserFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({ nullable: true, description: "Search in e-mail and name." }) q?: string;
  @Field(() => Role, { nullable: true }) role?: Role;
  @Field(() => ID, { nullable: true }) agencyId?: string;
  @Field({ nullable: true }) active?: boolean;
}

export const userList: ListSpec<User, UserFilter> = {
  entity: User,
  typeName: "User",
  allow: [Permission.ReadUser],
  sortable: {
    email: "email",
    name: "name",
    role: "role",
    createdAt: "createdAt",
    lastLoginAt: "lastLoginAt",
  },
  defaultSort: { field: "email", order: "ASC" },
  searchable: ["email", "name"],
  filter(qb, f) {
    whereEquals(qb, "role", f.role, "filter.role");
    whereEquals(qb, "agencyId", f.agencyId, "filter.agencyId");
    whereEquals(qb, "active", f.active, "filter.active");
  },
};

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
