/**
 * Every environment variable the server reads, read once and validated here.
 * A bad value stops the start with a message naming the variable.
 */
import { existsSync } from "node:fs";
import path from "node:path";

export interface Config {
  /** Production turns off the IDE's introspection for anonymous callers and hides details. */
  production: boolean;
  host: string;
  port: number;
  /** A PostgreSQL URL; when absent the embedded PGlite database in `dataDir` is used. */
  databaseUrl: string | undefined;
  /** A read replica that read-only requests use (queries, downloads); mutations use the primary. */
  databaseReadUrl: string | undefined;
  /** Folder of the embedded database; `memory://` keeps it in memory (tests). */
  dataDir: string;
  dbPoolSize: number;
  /** Longest a statement of a request may run, in seconds (0: no limit). */
  dbStatementTimeoutSeconds: number;
  /** Run migrations at start (default on). */
  migrate: boolean;
  /** Seed the resolution at start (default on). */
  seed: boolean;
  /** Seed demo figures and accounts (default: on with the embedded database, off with DATABASE_URL). */
  seedDemo: boolean;
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  /** Seconds to finish requests in flight after SIGTERM. */
  shutdownGraceSeconds: number;
  /**
   * Which proxies may say who the client is (X-Forwarded-For): false (the default, the
   * connection's own address counts), a number of hops, or addresses and subnets
   * (`loopback`, `uniquelocal`, `10.0.0.0/8`, …). The sign-in throttle counts by that address.
   */
  trustProxy: false | number | string[];
  /** How many query shapes (selected columns of a type) the read path keeps compiled. */
  shapeCacheSize: number;
  /**
   * Lists whose whole selection compiles are answered by one statement building the response's
   * JSON (server/read/compile.ts), and other queries seen before by an executor compiled for
   * them (server/read/executor.ts); false answers everything with graphql-js (COMPILED_READS).
   */
  compiledReads: boolean;
  /** How many parsed GraphQL documents (distinct query texts) are kept. */
  documentCacheSize: number;
  /** How many signed-in callers (by token digest) are remembered for 30 s; 0 turns it off. */
  callerCacheSize: number;
  /** Megabytes of anonymous GraphQL answers kept until the data changes; 0 (the default): off. */
  responseCacheMb: number;
  /** The first administrator, created at start when no administrator exists. */
  admin: { email: string; password: string } | undefined;
  /** Where reminders are sent (smtp:// or smtps://); without it they stay in the admin's bell. */
  smtpUrl: string | undefined;
  /** The sender of reminders. */
  mailFrom: string;
  /** The address people reach this server at, for links in e-mails (no trailing slash). */
  publicUrl: string;
  /** Run the job queue (the 07:00 reminders and their retries) in this process (default on). */
  jobs: boolean;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(", ")}, got "${raw}"`);
  }
  return raw as T;
}

function databaseUrl(env: Env, name = "DATABASE_URL"): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === "") return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new ConfigError(`${name} must start with postgres:// or postgresql://`);
  }
  return raw;
}

const PROXY_NAMES = /^(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?)$/i;

function trustProxy(env: Env): Config["trustProxy"] {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw || /^(0|false|no|off)$/i.test(raw)) return false;
  if (/^\d+$/.test(raw)) return int(env, "TRUST_PROXY", 0, 0, 10);
  const list = raw.split(",").map((part) => part.trim());
  if (list.some((part) => !PROXY_NAMES.test(part)))
    throw new ConfigError(
      `TRUST_PROXY must be false, a number of hops, or addresses/subnets (loopback, uniquelocal, 10.0.0.0/8), got "${raw}"`,
    );
  return list;
}

function admin(env: Env): Config["admin"] {
  const email = env.ADMIN_EMAIL?.trim().toLowerCase();
  const password = env.ADMIN_PASSWORD;
  if (!email && !password) return undefined;
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new ConfigError("ADMIN_EMAIL must be an e-mail address");
  if (!password || password.length < 10)
    throw new ConfigError("ADMIN_PASSWORD must have at least 10 characters");
  return { email, password };
}

function smtpUrl(env: Env): string | undefined {
  const raw = env.SMTP_URL;
  if (raw === undefined || raw === "") return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError("SMTP_URL is not a valid URL");
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:")
    throw new ConfigError("SMTP_URL must start with smtp:// or smtps://");
  return raw;
}

function mailFrom(env: Env): string {
  const raw = (env.MAIL_FROM ?? "").trim();
  if (raw === "") return "Theo dõi Nghị quyết <no-reply@localhost>";
  // "address" or "Name <address>"
  const address = /<([^<>]+)>$/.exec(raw)?.[1] ?? raw;
  if (raw.length > 200 || !/^[^\s@<>]+@[^\s@<>]+$/.test(address))
    throw new ConfigError('MAIL_FROM must be an e-mail address or "Name <address>"');
  return raw;
}

function publicUrl(env: Env, port: number): string {
  const raw = env.PUBLIC_URL;
  if (raw === undefined || raw === "") return `http://localhost:${port || 4000}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError("PUBLIC_URL is not a valid URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new ConfigError("PUBLIC_URL must start with http:// or https://");
  if (url.search || url.hash) throw new ConfigError("PUBLIC_URL must have no query or fragment");
  return raw.replace(/\/+$/, "");
}

export function loadConfig(env: Env = process.env): Config {
  const url = databaseUrl(env);
  const dataDir = env.DATA_DIR || "./data";
  return {
    production: env.NODE_ENV === "production",
    host: env.HOST || "0.0.0.0",
    port: int(env, "PORT", 4000, 0, 65535),
    databaseUrl: url,
    databaseReadUrl: url ? databaseUrl(env, "DATABASE_READ_URL") : undefined,
    dataDir: dataDir.startsWith("memory://") ? dataDir : path.resolve(dataDir),
    dbPoolSize: int(env, "DB_POOL_SIZE", 10, 1, 200),
    dbStatementTimeoutSeconds: int(env, "DB_STATEMENT_TIMEOUT_SECONDS", 30, 0, 3600),
    migrate: bool(env, "MIGRATE", true),
    seed: bool(env, "SEED", true),
    seedDemo: bool(env, "SEED_DEMO", url === undefined),
    logLevel: oneOf(env, "LOG_LEVEL", ["debug", "info", "warn", "error", "silent"], "info"),
    shutdownGraceSeconds: int(env, "SHUTDOWN_GRACE_SECONDS", 8, 0, 120),
    trustProxy: trustProxy(env),
    shapeCacheSize: int(env, "SHAPE_CACHE_SIZE", 2000, 10, 1_000_000),
    compiledReads: bool(env, "COMPILED_READS", true),
    documentCacheSize: int(env, "DOCUMENT_CACHE_SIZE", 1000, 10, 1_000_000),
    callerCacheSize: int(env, "CALLER_CACHE_SIZE", 5000, 0, 1_000_000),
    responseCacheMb: int(env, "RESPONSE_CACHE_MB", 0, 0, 4096),
    admin: admin(env),
    smtpUrl: smtpUrl(env),
    mailFrom: mailFrom(env),
    publicUrl: publicUrl(env, int(env, "PORT", 4000, 0, 65535)),
    jobs: bool(env, "JOBS", true),
  };
}

/** The checkout's top folder, found from this file whether run from source or from dist/. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("package.json not found above " + __dirname);
    dir = parent;
  }
  return dir;
}
