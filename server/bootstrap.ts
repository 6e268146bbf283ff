/**
 * Starts the whole system in-process: database (embedded or real),
 * migrations, seed, HTTP. Used by main.ts and by the integration tests.
 */
import "reflect-metadata";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp } from "./app";
import { watchCallers, type CallerWatch } from "./auth/caller-cache";
import { PublicCache, usePublicCache } from "./http/public-cache";
import { drainable } from "./http/drain";
import type { Config } from "./config";
import { openDatabase, type Database, type DatabaseOptions } from "./database/data-source";
import type { Logger } from "./logger";
import { ReminderRuntime } from "./modules/reminder/reminder.runtime";
import { ensureDemoAccounts, ensureFirstAdmin } from "./seed/accounts";
import { seedResolution } from "./seed/seed";

export interface RunningServer {
  url: string;
  database: Database;
  /** Stops accepting, finishes requests in flight, closes the database. */
  close(): Promise<void>;
  /** Makes /readyz fail, before close(). */
  drain(): void;
  /** The reminders and their job queue (`reminders.jobs` is null with JOBS=false). */
  reminders: ReminderRuntime;
  /** How many requests were answered before the app (server/read/direct.ts). */
  answeredDirectly(): number;
}

/**
 * Migrations, the seed, the first administrator and the demo accounts, as
 * configured; `say` reports each step (the log at start, the console in
 * `npm run seed`).
 */
export async function prepareDatabase(
  database: Database,
  config: Config,
  say: (message: string, details?: Record<string, unknown>) => void,
): Promise<void> {
  if (config.migrate) {
    const ran = await database.dataSource.runMigrations({ transaction: "each" });
    if (ran.length > 0)
      say("Đã chạy migration (migrations applied)", { migrations: ran.map((m) => m.name) });
  }
  if (config.seed) {
    const result = await database.dataSource.transaction((manager) =>
      seedResolution(manager, { demo: config.seedDemo, progress: (step) => say(step) }),
    );
    say("Đã kiểm tra dữ liệu gốc (seed checked)", { inserted: result.inserted });
  }
  const admin = config.admin;
  if (admin && (await database.dataSource.transaction((tx) => ensureFirstAdmin(tx, admin)))) {
    say("Đã tạo quản trị viên đầu tiên (first administrator created)", { email: admin.email });
  }
  if (config.seed && config.seedDemo) {
    const created = await database.dataSource.transaction((tx) => ensureDemoAccounts(tx));
    if (created > 0) say("Đã tạo tài khoản mẫu (demo accounts created)", { created });
  }
}

export async function startServer(
  config: Config,
  log: Logger,
  dbOptions?: DatabaseOptions,
): Promise<RunningServer> {
  const database = await openDatabase(config, {
    statementTimeoutMs: config.dbStatementTimeoutSeconds * 1000,
    ...dbOptions,
  });
  let callers: CallerWatch | undefined;
  try {
    log.info(
      { embedded: database.embedded, dataDir: database.embedded ? config.dataDir : undefined },
      "database open",
    );
    await prepareDatabase(database, config, (msg, details) => log.info(details ?? {}, msg));
    const httpServer = createServer();
    const reminders = new ReminderRuntime(database.dataSource, config, log);
    const answers =
      config.responseCacheMb > 0
        ? new PublicCache(config.responseCacheMb * 1024 * 1024)
        : undefined;
    usePublicCache(database.dataSource, answers);
    const app = await createApp({
      answers,
      config,
      db: database.dataSource,
      readDb: database.readDataSource,
      log,
      httpServer,
      reminders,
    });
    callers = await watchCallers({
      db: database.dataSource,
      embedded: database.embedded,
      url: config.databaseUrl,
      size: config.callerCacheSize,
      log,
      answers,
    });
    if (config.jobs) await reminders.start();
    // Registered before the app, so it sees every request first (http/drain.ts).
    const http = drainable(httpServer);
    httpServer.on("request", app.listener);
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
      reminders,
      answeredDirectly: app.answeredDirectly,
      async close() {
        app.drain();
        // Every accepted request is answered before the pool ends (none meets a closed pool).
        await http.close(Math.max(1000, config.shutdownGraceSeconds * 1000 - 1000));
        await app.apollo.stop();
        await reminders.stop();
        await callers!.stop();
        await database.close();
      },
    };
  } catch (error) {
    await callers?.stop();
    await database.close();
    throw error;
  }
}
