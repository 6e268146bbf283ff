/**
 * Starts the real server in-process on a fresh database (the schema is
 * dropped and migrated again) and gives a GraphQL client that can act as
 * any caller: `client.as(token)`.
 */
import { DataSource, type Logger } from "typeorm";
import { loadConfig } from "../../server/config";
import { createLogger } from "../../server/logger";
import { startServer, type RunningServer } from "../../server/bootstrap";
import { GraphQLClient } from "./client";

export interface TestServer {
  /** SQL statements the server has sent so far (its own pool only). */
  statements: () => number;
  url: string;
  server: RunningServer;
  client: GraphQLClient;
  db: DataSource;
  close(): Promise<void>;
}

export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the tests through jest (global-setup)");
  return url;
}

/** Drops everything in the public schema, so each suite starts from nothing. */
export async function resetDatabase(): Promise<void> {
  const ds = new DataSource({ type: "postgres", url: testDatabaseUrl(), poolSize: 1 });
  await ds.initialize();
  try {
    await ds.query("DROP SCHEMA public CASCADE");
    await ds.query("CREATE SCHEMA public");
    // The job queue's own schema (pg-boss), made by servers started with JOBS on.
    await ds.query("DROP SCHEMA IF EXISTS pgboss CASCADE");
  } finally {
    await ds.destroy();
  }
}

/** The server's configuration for a suite; `env` overrides. */
export function testConfig(env: Record<string, string> = {}) {
  return loadConfig({
    DATABASE_URL: testDatabaseUrl(),
    PORT: "0",
    HOST: "127.0.0.1",
    SEED_DEMO: "true",
    DB_POOL_SIZE: "5",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    // The job queue polls the database; suites about it turn it on.
    JOBS: "false",
    ...env,
    // The suite's embedded database is served like a real one: one connection (see database.ts).
    ...(process.env.TEST_EMBEDDED ? { DB_POOL_SIZE: "1" } : {}),
  });
}

export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  await resetDatabase();
  const config = testConfig(env);
  let statements = 0;
  const counter: Logger = {
    logQuery: () => void statements++,
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  const server = await startServer(config, createLogger(config.logLevel), {
    logger: counter,
    logging: ["query"],
  });
  return {
    statements: () => statements,
    url: server.url,
    server,
    client: new GraphQLClient(`${server.url}/graphql`),
    db: server.database.dataSource,
    close: () => server.close(),
  };
}
