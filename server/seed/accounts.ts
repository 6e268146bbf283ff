/**
 * Accounts at start: the first administrator from ADMIN_EMAIL and
 * ADMIN_PASSWORD when none exists, and, for the demo data set only, one
 * account per role (listed in the README). Idempotent.
 */
import type { EntityManager } from "typeorm";
import { hashPassword } from "../auth/passwords";
import { Role } from "../common/enums";
import { Agency } from "../modules/agency/agency.entity";
import { Province } from "../modules/province/province.entity";
import { User } from "../modules/user/user.entity";

export const DEMO_PASSWORD = "langson-demo-2025";

export const demoAccounts: { email: string; name: string; role: Role; agencyCode?: string }[] = [
  { email: "admin@langson.example", name: "Quản trị Văn phòng Tỉnh ủy", role: Role.ADMIN },
  {
    email: "lanhdao.ctk@langson.example",
    name: "Lãnh đạo Cục Thống kê",
    role: Role.AGENCY_HEAD,
    agencyCode: "CTK",
  },
  {
    email: "chuyenvien.ctk@langson.example",
    name: "Chuyên viên Cục Thống kê",
    role: Role.REPORTER,
    agencyCode: "CTK",
  },
  {
    email: "lanhdao.soyt@langson.example",
    name: "Lãnh đạo Sở Y tế",
    role: Role.AGENCY_HEAD,
    agencyCode: "SO-YT",
  },
  {
    email: "chuyenvien.soyt@langson.example",
    name: "Chuyên viên Sở Y tế",
    role: Role.REPORTER,
    agencyCode: "SO-YT",
  },
  { email: "xem@langson.example", name: "Lãnh đạo tỉnh (chỉ xem)", role: Role.VIEWER },
];

async function ensureUser(
  tx: EntityManager,
  values: {
    email: string;
    name: string;
    role: Role;
    agencyId: string | null;
    provinceId: string | null;
  },
  password: string,
): Promise<boolean> {
  const repository = tx.getRepository(User);
  if (await repository.existsBy({ email: values.email })) return false;
  await repository.insert({ ...values, passwordHash: await hashPassword(password), active: true });
  return true;
}

export async function ensureFirstAdmin(
  tx: EntityManager,
  admin: { email: string; password: string },
): Promise<boolean> {
  if (await tx.getRepository(User).existsBy({ role: Role.ADMIN })) return false;
  return ensureUser(
    tx,
    {
      email: admin.email,
      name: "Quản trị viên",
      role: Role.ADMIN,
      agencyId: null,
      provinceId: null,
    },
    admin.password,
  );
}

export async function ensureDemoAccounts(tx: EntityManager, provinceCode = "LSN"): Promise<number> {
  const province = await tx.getRepository(Province).findOneByOrFail({ code: provinceCode });
  let created = 0;
  for (const account of demoAccounts) {
    const agency = account.agencyCode
      ? await tx
          .getRepository(Agency)
          .findOneByOrFail({ provinceId: province.id, code: account.agencyCode })
      : null;
    const { agencyCode: _code, ...values } = account;
    if (
      await ensureUser(
        tx,
        { ...values, agencyId: agency?.id ?? null, provinceId: province.id },
        DEMO_PASSWORD,
      )
    )
      created++;
  }
  return created;
}
