import { IsNull } from "typeorm";
import { callerChanged } from "../../auth/caller-cache";
import { checkPasswordStrength, hashPassword } from "../../auth/passwords";
import type { CrudSpec } from "../../common/crud";
import { badInput } from "../../common/errors";
import { ApiToken } from "../api-token/api-token.entity";
import { Assignment } from "../assignment/assignment.entity";
import { Measurement } from "../measurement/measurement.entity";
import { Session } from "./session.entity";
import { User } from "./user.entity";
import type { UserArgs, UserFilter } from "./user.inputs";
import { Permission } from "../../auth/permissions";
import { whereEquals, type ListSpec } from "../../common/list";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const userCrud: CrudSpec<User, UserArgs> = {
  entity: User,
  typeName: "User",
  required: ["email", "name", "role"],
  async prepare(_tx, _ctx, { password, ...args }, existing) {
    const values: Partial<User> = { ...args };
    if (args.email !== undefined) {
      values.email = args.email.trim().toLowerCase();
      if (!EMAIL.test(values.email)) throw badInput("email", "Email không hợp lệ (invalid e-mail)");
    }
    if (password === null || (!existing && password === undefined))
      throw badInput("password", "Thiếu mật khẩu (password is required)");
    if (password !== undefined) {
      checkPasswordStrength(password);
      values.passwordHash = await hashPassword(password);
    }
    return values;
  },
  async afterWrite(tx, ctx, row, args, before) {
    // Signed-in callers are cached by their token (auth/caller-cache.ts): any change to the
    // account (role, agency, password, state, name) is read again, on every server.
    if (before) await callerChanged(tx, ctx, row.id);
    // Deactivation or a new password ends every session and revokes every API token of the
    // account, so neither comes back when the account is reactivated.
    if ((before?.active && !row.active) || (before && args.password !== undefined)) {
      const now = new Date();
      await tx
        .getRepository(Session)
        .update({ userId: row.id, revokedAt: IsNull() }, { revokedAt: now });
      await tx
        .getRepository(ApiToken)
        .update({ userId: row.id, revokedAt: IsNull() }, { revokedAt: now });
    }
  },
  dependents: [
    { entity: Measurement, column: "createdById", label: "số liệu đã nhập (measurements entered)" },
    {
      entity: Measurement,
      column: "reviewedById",
      label: "số liệu đã duyệt (measurements reviewed)",
    },
    { entity: Assignment, column: "assignedById", label: "phân công đã giao (assignments made)" },
  ],
  insteadOfDelete: "Hãy khóa tài khoản (set active = false instead).",
};

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
