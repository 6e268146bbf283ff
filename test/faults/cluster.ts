/**
 * A throwaway PostgreSQL cluster a fault test may stop, kill and start again:
 * initdb into a temporary folder, served on a free loopback port. initdb and
 * postgres refuse to run as root, so as root they run as the `postgres` user
 * (which then owns the folder). The binaries come from PG_BIN or the newest
 * /usr/lib/postgresql/<version>/bin.
 */
import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Client } from "pg";
import type { GraphQLResponse } from "../helpers/client";
import type { ServerProcess } from "../helpers/process";

const run = promisify(execFile);

export interface Cluster {
  url: string;
  port: number;
  /** Starts the stopped cluster again on the same port. */
  start(): Promise<void>;
  /** `pg_ctl stop`; "immediate" is a crash: every backend dies without a checkpoint. */
  stop(mode?: "fast" | "immediate"): Promise<void>;
  /** A plain client on the cluster (the caller ends it). */
  connect(): Promise<Client>;
  /**
   * SIGSTOP or SIGCONT to the postmaster and every backend: a database that freezes (a
   * stalled disk, a paused VM) rather than going away; connections stay open, nothing answers.
   */
  signal(signal: "SIGSTOP" | "SIGCONT"): Promise<void>;
  /** The server log so far, for failure messages. */
  log(): string;
  /** Stops the cluster if running and deletes its folder. Safe to call twice. */
  destroy(): Promise<void>;
}

function binDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(path.join(base, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0)
    throw new Error(
      "No PostgreSQL binaries (initdb) under /usr/lib/postgresql: install postgresql or set PG_BIN",
    );
  return path.join(base, versions[0], "bin");
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startCluster(settings: Record<string, string> = {}): Promise<Cluster> {
  const bin = binDir();
  const dir = mkdtempSync(path.join(tmpdir(), "rt-fault-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number((await run("id", ["-u", "postgres"])).stdout.trim());
    const gid = Number((await run("id", ["-g", "postgres"])).stdout.trim());
    chownSync(dir, uid, gid);
  }
  const exec = (file: string, args: string[]) =>
    asRoot
      ? run("runuser", ["-u", "postgres", "--", path.join(bin, file), ...args])
      : run(path.join(bin, file), args);

  const data = path.join(dir, "data");
  const logFile = path.join(dir, "server.log");
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses=127.0.0.1",
    // Durability of the cluster itself is not under test (the server process is).
    "-c fsync=off",
    "-c full_page_writes=off",
    ...Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`),
  ].join(" ");
  let running = false;

  const cluster: Cluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async start() {
      await exec("pg_ctl", ["-D", data, "-o", options, "-l", logFile, "-w", "-t", "20", "start"]);
      running = true;
    },
    async stop(mode = "fast") {
      await exec("pg_ctl", ["-D", data, "-m", mode, "-w", "-t", "20", "stop"]);
      running = false;
    },
    async connect() {
      const client = new Client({ connectionString: cluster.url });
      client.on("error", () => undefined); // a stopped cluster must not crash the test
      await client.connect();
      return client;
    },
    async signal(signal) {
      const postmaster = Number(
        readFileSync(path.join(data, "postmaster.pid"), "utf8").split("\n")[0],
      );
      const children = (
        await run("pgrep", ["-P", String(postmaster)]).catch(() => ({ stdout: "" }))
      ).stdout
        .split("\n")
        .filter(Boolean)
        .map(Number);
      // Stop the children before the postmaster (it would start no new ones), wake it first.
      const order = signal === "SIGSTOP" ? [...children, postmaster] : [postmaster, ...children];
      for (const pid of order) process.kill(pid, signal);
    },
    log: () => (existsSync(logFile) ? readFileSync(logFile, "utf8") : ""),
    async destroy() {
      try {
        if (running) await cluster.stop("immediate");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  try {
    await exec("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]);
    await cluster.start();
  } catch (error) {
    await cluster.destroy();
    throw error;
  }
  return cluster;
}

/**
 * Fault tests need a PostgreSQL they may stop and kill, so they bring their
 * own cluster. They run once per CI run, in the default (embedded) pass; when
 * the caller gave DATABASE_URL they skip, as that pass would only repeat them
 * (they never use the given database, and stopping it is not theirs to do).
 */
export const describeFaults = process.env.TEST_EMBEDDED ? describe : describe.skip;

/** Polls `check` until it returns a truthy value; fails after `ms`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T> | T,
  ms = 5000,
  every = 25,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}

/** How many of the server's connections are waiting for a lock. */
export async function serverWaitingOnLocks(pg: Client): Promise<number> {
  // Inside a transaction the statistics views are a snapshot: take a fresh one.
  await pg.query("SELECT pg_stat_clear_snapshot()");
  const { rows } = await pg.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE application_name = 'resolution-tracker' AND wait_event_type = 'Lock'`,
  );
  return rows[0].n;
}

/** Stops a spawned server at once (SIGINT skips the readiness wait of SIGTERM), if still running. */
export async function stopServer(server: ServerProcess | undefined): Promise<void> {
  const child = server?.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGINT");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

/** The one answer a caller should get while the database is away. */
export function expectUnavailable(result: GraphQLResponse, what: string): void {
  const error = result.errors?.[0];
  expect({ what, status: result.status, code: error?.extensions?.code }).toEqual({
    what,
    status: 503,
    code: "SERVICE_UNAVAILABLE",
  });
  expect(error?.extensions?.retryable).toBe(true);
  expect(error?.extensions?.requestId).toEqual(expect.any(String));
  expect(error?.message).toMatch(/^Cơ sở dữ liệu tạm thời không truy cập được.*\(database/);
  expect(JSON.stringify(result)).not.toMatch(/INTERNAL_SERVER_ERROR|ECONNREFUSED|stack/);
}

export async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await work;
  return { value, ms: Date.now() - started };
}
