/**
 * `npm run seed`: migrations, the resolution (and demo figures and accounts
 * where configured), the first administrator from ADMIN_EMAIL, with progress.
 * Also the one-shot migration job of the production setup.
 */
import "reflect-metadata";
import { loadConfig } from "../config";
import { openDatabase } from "../database/data-source";
import { prepareDatabase } from "../bootstrap";

async function main(): Promise<void> {
  const config = { ...loadConfig(), migrate: true, seed: true };
  const database = await openDatabase(config);
  try {
    console.log(
      database.embedded ? `Cơ sở dữ liệu nhúng: ${config.dataDir}` : "Cơ sở dữ liệu: DATABASE_URL",
    );
    const started = Date.now();
    await prepareDatabase(database, config, (message, details) => {
      console.log(`  · ${message}`);
      const inserted = details?.inserted as Record<string, number> | undefined;
      for (const [table, count] of Object.entries(inserted ?? {}))
        console.log(`      ${table}: +${count}`);
    });
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
