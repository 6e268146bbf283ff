/** `npm run seed`: migrations, then the resolution (and demo figures where configured), with progress. */
import "reflect-metadata";
import { loadConfig } from "../config";
import { openDatabase } from "../database";
import { seedResolution } from "./seed";

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    console.log(
      database.embedded ? `Cơ sở dữ liệu nhúng: ${config.dataDir}` : "Cơ sở dữ liệu: DATABASE_URL",
    );
    await database.dataSource.runMigrations({ transaction: "each" });
    const started = Date.now();
    const result = await database.dataSource.transaction((manager) =>
      seedResolution(manager, {
        demo: config.seedDemo,
        progress: (step) => console.log(`  · ${step}`),
      }),
    );
    for (const [table, count] of Object.entries(result.inserted))
      console.log(`    ${table}: +${count}`);
    console.log(
      `Xong trong ${((Date.now() - started) / 1000).toLocaleString("vi-VN")} giây (done).`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
