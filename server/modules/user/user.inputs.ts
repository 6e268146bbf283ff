import { ArgsType, Field, ID, InputType } from "type-graphql";
import { Role } from "../../common/enums";

@ArgsType()
export class UserArgs {
  @Field({ nullable: true }) email?: string;
  @Field({ nullable: true }) name?: string;
  @Field(() => Role, { nullable: true }) role?: Role;
  @Field(() => ID, { nullable: true, description: "Required for heads and reporters." }) agencyId?:
    string | null;
  @Field(() => ID, { nullable: true }) provinceId?: string | null;
  @Field({ nullable: true, description: "At least 10 characters; stored as an Argon2id hash." })
  password?: string;
  @Field({ nullable: true, description: "False deactivates the account and ends its sessions." })
  active?: boolean;
}

@ArgsType()
export class UpdateUserArgs extends UserArgs {
  @Field(() => ID) id: string;
}

@InputType({ description: "Filter for allUsers." })
export class UserFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({ nullable: true, description: "Search in e-mail and name." }) q?: string;
  @Field(() => Role, { nullable: true }) role?: Role;
  @Field(() => ID, { nullable: true }) agencyId?: string;
  @Field({ nullable: true }) active?: boolean;
}
