/**
 * Starts the whole system in-process: database (embedded or real),
 * migrations, seed, HTTP. Used by main.ts and by the integration tests.
 */
import "reflect-metadata";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp } from "./app";
import type { Config } from "./config";
import { openDatabase, type Database, type DatabaseOptions } from "./database";
import type { Logger } from "./logger";
import { ensureDemoAccounts, ensureFirstAdmin } from "./seed/accounts";
import { seedResolution } from "./seed/seed";

export interface RunningServer {
  url: string;
  database: Database;
  /** Stops accepting, finishes requests in flight, closes the database. */
  close(): Promise<void>;
  /** Makes /readyz fail, before close(). */
  drain(): void;
}

export async function prepareDatabase(
  database: Database,
  config: Config,
  log: Logger,
): Promise<void> {
  if (config.migrate) {
    const ran = await database.dataSource.runMigrations({ transaction: "each" });
    if (ran.length > 0) log.info({ migrations: ran.map((m) => m.name) }, "migrations applied");
  }
  if (config.seed) {
    const result = await database.dataSource.transaction((manager) =>
      seedResolution(manager, {
        demo: config.seedDemo,
        progress: (step) => log.info({ seed: step }),
      }),
    );
    log.info({ inserted: result.inserted }, "seed checked");
  }
  const admin = config.admin;
  if (admin && (await database.dataSource.transaction((tx) => ensureFirstAdmin(tx, admin)))) {
    log.info({ email: admin.email }, "first administrator created");
  }
  if (config.seed && config.seedDemo) {
    const created = await database.dataSource.transaction((tx) => ensureDemoAccounts(tx));
    if (created > 0) log.info({ created }, "demo accounts created");
  }
}

export async function startServer(
  config: Config,
  log: Logger,
  dbOptions?: DatabaseOptions,
): Promise<RunningServer> {
  const database = await openDatabase(config, dbOptions);
  try {
    log.info(
      { embedded: database.embedded, dataDir: database.embedded ? config.dataDir : undefined },
      "database open",
    );
    await prepareDatabase(database, config, log);
    const httpServer = createServer();
    const app = await createApp({ config, db: database.dataSource, log, httpServer });
    httpServer.on("request", app.express);
    await new Promise<void>((resolve, reject) => {
      httpServer.once("error", reject);
      httpServer.listen(config.port, config.host, resolve);
    });
    const { port } = httpServer.address() as AddressInfo;
    const host = config.host === "0.0.0.0" ? "127.0.0.1" : config.host;
    return {
      url: `http://${host}:${port}`,
      database,
      drain: app.drain,
      async close() {
        app.drain();
        await app.apollo.stop(); // stops accepting and waits for requests in flight
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
