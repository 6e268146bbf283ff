/**
 * `npm run seed:scale [-- --reset]`: the national data set (63 provinces, over a million
 * figures) in the PostgreSQL of DATABASE_URL (the database is created if missing), after its
 * migrations. Refuses without a DATABASE_URL, and refuses a database that already holds scale
 * data unless --reset.
 */
import "reflect-metadata";
import type { DataSource } from "typeorm";
import { ConfigError, loadConfig } from "../../config";
import { dataSourceFor } from "../../database/data-source";
import { existingScaleProvinces, refusal, ScaleSeedRefused, seedScale } from "./scale";

/** Opens the database of `url`, creating it first when the server has none of that name. */
async function openCreatingDatabase(url: string): Promise<DataSource> {
  try {
    return await dataSourceFor(url, 2).initialize();
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") throw error; // invalid_catalog_name
    const name = decodeURIComponent(new URL(url).pathname.slice(1));
    const server = new URL(url);
    server.pathname = "/postgres";
    const admin = await dataSourceFor(server.toString(), 1).initialize();
    try {
      console.log(`  · Tạo cơ sở dữ liệu (creating database) ${name}`);
      await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    } finally {
      await admin.destroy();
    }
    return dataSourceFor(url, 2).initialize();
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== "--reset");
  if (unknown.length > 0) {
    console.error(`Tham số không hợp lệ (unknown arguments): ${unknown.join(" ")}`);
    console.error("Cách dùng (usage): npm run seed:scale [-- --reset]");
    return 2;
  }
  let url: string | undefined;
  try {
    url = loadConfig().databaseUrl;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Cấu hình sai (configuration error): ${error.message}`);
      return 2;
    }
    throw error;
  }
  if (!url) {
    console.error(
      "Cần DATABASE_URL trỏ tới một PostgreSQL (DATABASE_URL is required; the embedded database is not used for scale data)",
    );
    return 2;
  }
  const db = await openCreatingDatabase(url);
  try {
    console.log(
      `Bộ dữ liệu quy mô toàn quốc (national-scale data set) → ${new URL(url).host}${new URL(url).pathname}`,
    );
    const reset = args.includes("--reset");
    // Refuse before touching anything, migrations included.
    const existing = await existingScaleProvinces(db);
    if (existing > 0 && !reset) throw refusal(existing);
    const ran = await db.runMigrations({ transaction: "each" });
    console.log(`  · Di chuyển lược đồ (migrations): ${ran.length} đã chạy (applied)`);
    await seedScale(db, {
      reset,
      say: (line) => console.log(line),
    });
    return 0;
  } catch (error) {
    if (error instanceof ScaleSeedRefused) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await db.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("Không tạo được dữ liệu (failed):", error);
    process.exit(1);
  },
);
