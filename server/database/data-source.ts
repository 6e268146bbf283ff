/**
 * The DataSource: a real PostgreSQL when DATABASE_URL is set, otherwise an
 * embedded PGlite served over the PostgreSQL protocol on a loopback port, so
 * both go through TypeORM's ordinary `postgres` driver (one code path).
 */
import { withoutNamedStatements } from "../read/lean";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { mkdirSync } from "node:fs";
import { DataSource, type LoggerOptions, type Logger } from "typeorm";
import { SnakeNamingStrategy } from "typeorm-naming-strategies";
import type { Config } from "../config";
import { entities } from "./entities";
import { migrations } from "./migrations";

/** See openDatabase: the embedded database is used through a single connection. */
export const EMBEDDED_POOL_SIZE = 1;

export interface Database {
  dataSource: DataSource;
  /** Where read-only requests go: the read replica, or the same DataSource. */
  readDataSource: DataSource;
  /** True when the embedded PGlite database is in use. */
  embedded: boolean;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A TypeORM logger, e.g. a statement counter in tests. */
  logger?: Logger;
  logging?: LoggerOptions;
  /**
   * Longest a statement may run (PostgreSQL's statement_timeout), and, 5 s later, longest the
   * server waits for any answer (node-postgres' query_timeout: a database that froze rather than
   * went away). For the HTTP server's pools; the CLIs (seed, migrations, import) have none.
   */
  statementTimeoutMs?: number;
}

/** Options shared by the server, the CLIs and tests. */
export function dataSourceFor(
  url: string,
  poolSize: number,
  options: DatabaseOptions = {},
): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities,
    migrations,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: "each",
    // gen_random_uuid() is built into PostgreSQL 13+; no extension needed.
    uuidExtension: "pgcrypto",
    installExtensions: false,
    poolSize,
    extra: {
      connectionTimeoutMillis: 5000,
      application_name: "resolution-tracker",
      ...(options.statementTimeoutMs
        ? {
            statement_timeout: options.statementTimeoutMs,
            query_timeout: options.statementTimeoutMs + 5000,
          }
        : {}),
    },
    logger: options.logger,
    logging: options.logging ?? false,
  });
}

/** Starts PGlite in `dataDir` and serves it on a loopback port; returns its URL. */
export async function startEmbedded(
  dataDir: string,
  maxConnections: number,
): Promise<{ url: string; stop(): Promise<void> }> {
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections });
  await server.start();
  const conn = server.getServerConn(); // "127.0.0.1:PORT"
  return {
    url: `postgres://postgres@${conn}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

export async function openDatabase(
  config: Config,
  options: DatabaseOptions = {},
): Promise<Database> {
  if (config.databaseUrl) {
    const dataSource = await dataSourceFor(
      config.databaseUrl,
      config.dbPoolSize,
      options,
    ).initialize();
    if (!config.databaseReadUrl) {
      return {
        dataSource,
        readDataSource: dataSource,
        embedded: false,
        close: () => dataSource.destroy(),
      };
    }
    const readDataSource = await dataSourceFor(config.databaseReadUrl, config.dbPoolSize, options)
      .initialize()
      .catch(async (error: unknown) => {
        await dataSource.destroy();
        throw error;
      });
    return {
      dataSource,
      readDataSource,
      embedded: false,
      async close() {
        await Promise.all([dataSource.destroy(), readDataSource.destroy()]);
      },
    };
  }

  // One connection: PGlite is a single backend, and pglite-socket interleaves the
  // extended-protocol messages of concurrent connections, so a second connection's
  // Bind can run against the first one's unnamed statement (wrong rows, measured
  // in test/concurrency.test.ts). Requests queue for the connection instead.
  const embedded = await startEmbedded(config.dataDir, 3);
  try {
    const dataSource = await dataSourceFor(embedded.url, EMBEDDED_POOL_SIZE, options).initialize();
    // Its one session outlives our connections (a reconnect, another pool in the same
    // process), so a named statement would already exist there: prepare nothing by name.
    withoutNamedStatements(dataSource);
    return {
      dataSource,
      readDataSource: dataSource,
      embedded: true,
      async close() {
        await dataSource.destroy();
        await embedded.stop();
      },
    };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
