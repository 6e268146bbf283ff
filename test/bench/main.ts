/**
 * `npm run bench`: our server against PostGraphile 4, PostGraphile 5 and a one-statement SQL ceiling,
 * on the national data set, with autocannon at fixed concurrency. Prints requests per
 * second and p50/p95/p99 latency, and writes them into docs/performance.md.
 *
 * Environment (all optional): DATABASE_URL (postgres://postgres@127.0.0.1:5432/bench;
 * created and seeded with seed:scale when empty), BENCH_DURATION (10 s per run),
 * BENCH_WARMUP (3 s), BENCH_CONNECTIONS ("10,50"), BENCH_POOL_SIZE (10 connections for
 * every server), BENCH_PROVINCE ("20", Lạng Sơn), BENCH_PROFILE (1: statements and
 * database time per request), BENCH_OUT (docs/performance.md), BENCH_OURS_PORT (4400),
 * BENCH_SQL_PORT (4401), BENCH_PG5 (1: include PostGraphile 5; 0 leaves it out), BENCH_PG5_PORT
 * (5001). PostGraphile 4 listens on 5000 as documented in STACK.md. PostGraphile 5 runs on the
 * current LTS Node, both installed from the npm registry on first use (peers.ts).
 */
import autocannon from "autocannon";
import { buildClientSchema, getIntrospectionQuery, parse, validate } from "graphql";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { Role } from "../../server/common/enums";
import { scaleEmail, scalePassword } from "../../server/seed/scale/accounts";
import { SCALE_PROVINCE_CODES } from "../../server/seed/scale/provinces";
import {
  killAllNow,
  portIsFree,
  runToCompletion,
  startChild,
  stopAll,
  stopChild,
  waitUntil,
  type Child,
} from "./processes";
import { benchParse, parseBenchLine } from "./parse-resolution";
import * as Q from "./queries";
import { ensurePeers, PEER_NODE, PEER_POSTGRAPHILE, type Peers } from "./peers";
import { startWireProxy, type WireCounters } from "./wire";

/* ---------------- settings ---------------- */

function root(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, "package.json"))) dir = path.dirname(dir);
  return dir;
}

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number`);
  return value;
}

const ROOT = root();
const settings = {
  databaseUrl: process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/bench",
  duration: int("BENCH_DURATION", 10),
  warmup: int("BENCH_WARMUP", 3),
  connections: (process.env.BENCH_CONNECTIONS || "10,50").split(",").map(Number),
  poolSize: int("BENCH_POOL_SIZE", 10),
  province: process.env.BENCH_PROVINCE || "20",
  profile: process.env.BENCH_PROFILE !== "0",
  pg5: process.env.BENCH_PG5 !== "0",
  out: path.resolve(ROOT, process.env.BENCH_OUT || "docs/performance.md"),
  ports: {
    ours: int("BENCH_OURS_PORT", 4400),
    postgraphile: 5000,
    postgraphile5: int("BENCH_PG5_PORT", 5001),
    sql: int("BENCH_SQL_PORT", 4401),
    /** The counting proxy of the profile (wire.ts). */
    proxy: int("BENCH_PROXY_PORT", 4402),
  },
  /** Each autocannon request may take this long before it counts as a timeout. */
  requestTimeout: 30,
  /** The whole benchmark is stopped after this long, whatever happens. */
  maxMinutes: int("BENCH_MAX_MINUTES", 30),
};

const LOCAL = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/* ---------------- small helpers ---------------- */

const started = Date.now();
const say = (line: string) => console.log(line);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: "bench-driver" });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

interface HttpResult {
  status: number;
  text: string;
  ms: number;
}

async function http(
  url: string,
  init: { method: string; headers?: Record<string, string>; body?: string },
): Promise<HttpResult> {
  const t0 = performance.now();
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(120_000) });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - t0 };
}

/* ---------------- the database ---------------- */

interface DataSet {
  congressId: string;
  provinceName: string;
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  submitted: number;
  counts: Record<string, number>;
  sizeMb: number;
  seededNow: boolean;
  seedSeconds: number;
}

async function ensureDatabase(): Promise<DataSet> {
  const url = new URL(settings.databaseUrl);
  if (!LOCAL.has(url.hostname)) {
    throw new Error(`DATABASE_URL must point at this machine (127.0.0.1), not ${url.hostname}`);
  }
  const name = decodeURIComponent(url.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  await withClient(admin.toString(), async (c) => {
    const { rowCount } = await c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
    if (!rowCount) {
      say(`Tạo cơ sở dữ liệu (creating database) ${name}`);
      await c.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    }
  });
  const scaleProvinces = async () =>
    withClient(settings.databaseUrl, async (c) => {
      const { rows } = await c.query(`SELECT to_regclass('public.province') IS NOT NULL AS ok`);
      if (!rows[0].ok) return 0;
      const r = await c.query(`SELECT count(*)::int AS n FROM province WHERE code = ANY($1)`, [
        SCALE_PROVINCE_CODES,
      ]);
      return r.rows[0].n as number;
    });
  let seededNow = false;
  let seedSeconds = 0;
  const have = await scaleProvinces();
  if (have === 0) {
    say(`Chưa có dữ liệu quy mô: chạy seed:scale (no scale data yet: seeding, a few minutes)`);
    const t0 = Date.now();
    const code = await runToCompletion(
      process.execPath,
      [path.join(ROOT, "dist/server/seed/scale/cli.js")],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: settings.databaseUrl },
        timeoutMs: 15 * 60_000,
      },
    );
    if (code !== 0) throw new Error(`seed:scale failed (exit ${code})`);
    seededNow = true;
    seedSeconds = (Date.now() - t0) / 1000;
  } else if (have !== SCALE_PROVINCE_CODES.length) {
    throw new Error(
      `${name} holds ${have} of the 63 scale provinces: run DATABASE_URL=${settings.databaseUrl} npm run seed:scale -- --reset`,
    );
  }
  return withClient(settings.databaseUrl, async (c) => {
    // Every server reads the same settled tables: visibility map set (index-only scans
    // without heap fetches) and statistics fresh, whatever ran on them before.
    const t0 = Date.now();
    await c.query("VACUUM (ANALYZE)");
    say(`  · VACUUM ANALYZE: ${fmt((Date.now() - t0) / 1000)} s`);
    const congress = await c.query(
      `SELECT c.id, p.name FROM congress c JOIN province p ON p.id = c.province_id WHERE p.code = $1`,
      [settings.province],
    );
    if (!congress.rowCount) throw new Error(`no congress for province ${settings.province}`);
    const agency = await c.query(
      `SELECT a.id, a.code, a.name, count(*)::int AS submitted
         FROM measurement m JOIN agency a ON a.id = m.agency_id JOIN province p ON p.id = a.province_id
        WHERE p.code = $1 AND m.status = 'SUBMITTED'
        GROUP BY a.id ORDER BY count(*) DESC, a.code LIMIT 1`,
      [settings.province],
    );
    const counts = (
      await c.query(`SELECT
        (SELECT count(*) FROM province)::int AS provinces,
        (SELECT count(*) FROM target)::int AS targets,
        (SELECT count(*) FROM indicator)::int AS indicators,
        (SELECT count(*) FROM agency)::int AS agencies,
        (SELECT count(*) FROM assignment)::int AS assignments,
        (SELECT count(*) FROM measurement)::int AS measurements`)
    ).rows[0] as Record<string, number>;
    const size = await c.query(
      `SELECT pg_database_size(current_database())::float8 / 1048576 AS mb`,
    );
    return {
      congressId: congress.rows[0].id,
      provinceName: congress.rows[0].name,
      agencyId: agency.rows[0].id,
      agencyCode: agency.rows[0].code,
      agencyName: agency.rows[0].name,
      submitted: agency.rows[0].submitted,
      counts,
      sizeMb: size.rows[0].mb,
      seededNow,
      seedSeconds,
    };
  });
}

interface DbCounters {
  activeMs: number;
}

async function dbCounters(c: Client): Promise<DbCounters> {
  const { rows } = await c.query(
    `SELECT active_time FROM pg_stat_database WHERE datname = current_database()`,
  );
  return { activeMs: Number(rows[0].active_time) };
}

async function activeQueries(c: Client): Promise<number> {
  const { rows } = await c.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
  );
  return rows[0].n;
}

/* ---------------- the three servers ---------------- */

type ImplKey = "ours" | "postgraphile" | "postgraphile5" | "sql";

interface Impl {
  key: ImplKey;
  label: string;
  port: number;
  child?: Child;
  start(): Promise<void>;
  /** A cheap request that answers quickly when the server is idle. */
  probe(): Promise<HttpResult>;
}

function implementations(
  logDir: string,
  databaseUrl: string,
  peers: Peers | undefined,
): Partial<Record<ImplKey, Impl>> {
  const env = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    ...extra,
  });
  const base = (port: number) => `http://127.0.0.1:${port}`;
  const make = (
    key: ImplKey,
    label: string,
    port: number,
    command: () => [string, string[], NodeJS.ProcessEnv],
    probe: () => Promise<HttpResult>,
  ): Impl => {
    const impl: Impl = {
      key,
      label,
      port,
      probe,
      async start() {
        if (!(await portIsFree(port))) throw new Error(`port ${port} is in use (${label})`);
        const [cmd, args, environment] = command();
        impl.child = startChild(key, cmd, args, { env: environment, cwd: ROOT, logDir });
        await waitUntil(impl.child, async () => (await probe()).status === 200, 60_000);
      },
    };
    return impl;
  };
  const graphqlProbe = (port: number) => () =>
    http(`${base(port)}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
  return {
    ours: make(
      "ours",
      "ours (Apollo + type-graphql + TypeORM)",
      settings.ports.ours,
      () => [
        process.execPath,
        ["--no-deprecation", "dist/server/main.js"],
        env({
          SEED: "false",
          LOG_LEVEL: "warn",
          DB_POOL_SIZE: String(settings.poolSize),
          PORT: String(settings.ports.ours),
          HOST: "127.0.0.1",
          SHUTDOWN_GRACE_SECONDS: "2",
        }),
      ],
      () => http(`${base(settings.ports.ours)}/healthz`, { method: "GET" }),
    ),
    postgraphile: make(
      "postgraphile",
      "PostGraphile 4.14.1",
      settings.ports.postgraphile,
      () => [
        path.join(ROOT, "node_modules/.bin/postgraphile"),
        [
          "-c",
          databaseUrl,
          "--schema",
          "public",
          "--host",
          "127.0.0.1",
          "--port",
          String(settings.ports.postgraphile),
          "--disable-query-log",
          "--dynamic-json",
        ],
        env({
          // graphql 16 (pinned by the checkout) needs the arguments object; see graphql15-compat.ts.
          NODE_OPTIONS: `--require ${path.join(__dirname, "graphql15-compat.js")}`,
          // PostGraphile's pool is pg's default (10), the same as the others.
        }),
      ],
      graphqlProbe(settings.ports.postgraphile),
    ),
    ...(peers && {
      postgraphile5: make(
        "postgraphile5",
        `PostGraphile ${PEER_POSTGRAPHILE.split("@")[1]} (V4 preset, Node ${PEER_NODE.split("@")[1]})`,
        settings.ports.postgraphile5,
        () => [
          peers.node,
          [path.join(ROOT, "test/bench/postgraphile5.mjs")],
          env({
            PEERS_DIR: peers.dir,
            GRAPHILE_ENV: "production",
            PORT: String(settings.ports.postgraphile5),
            DB_POOL_SIZE: String(settings.poolSize),
          }),
        ],
        graphqlProbe(settings.ports.postgraphile5),
      ),
    }),
    sql: make(
      "sql",
      "SQL ceiling (one prepared statement, pg + node:http)",
      settings.ports.sql,
      () => [
        process.execPath,
        [path.join(__dirname, "sql-server.js")],
        env({ DB_POOL_SIZE: String(settings.poolSize), PORT: String(settings.ports.sql) }),
      ],
      () => http(`${base(settings.ports.sql)}/healthz`, { method: "GET" }),
    ),
  };
}

/* ---------------- cases ---------------- */

type Scenario = "targets" | "targets-bare" | "queue" | "summary" | "dashboard";

interface Case {
  scenario: Scenario;
  impl: ImplKey;
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  /** The answer in a form common to every implementation of the scenario. */
  answer(json: Record<string, unknown>): unknown;
  /** Filled by the pre-check. */
  expectedLength?: number;
  bytes?: number;
  profile?: Profile;
}

interface Profile {
  requests: number;
  latencyMs: number;
  statements: number;
  rows: number;
  kbFromDb: number;
  dbMsPerRequest: number;
}

function cases(data: DataSet, token: string, withPg5: boolean): Case[] {
  const gql = (port: number, query: string, variables: Record<string, string>, auth?: string) => ({
    url: `http://127.0.0.1:${port}/graphql`,
    method: "POST" as const,
    headers: {
      "content-type": "application/json",
      ...(auth ? { authorization: `Bearer ${auth}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const o = settings.ports.ours;
  const p = settings.ports.postgraphile;
  const s = settings.ports.sql;
  const congress = { congressId: data.congressId };
  const agency = { agencyId: data.agencyId };
  const list: Case[] = [
    {
      scenario: "targets",
      impl: "ours",
      ...gql(o, Q.OURS_TARGETS, congress),
      answer: (j) => Q.targetsFromOurs(j, true),
    },
    {
      scenario: "targets",
      impl: "postgraphile",
      ...gql(p, Q.PG_TARGETS, congress),
      answer: (j) => Q.targetsFromPostGraphile(j, true),
    },
    {
      scenario: "targets",
      impl: "sql",
      url: `http://127.0.0.1:${s}/targets?id=${data.congressId}`,
      method: "GET",
      headers: {},
      answer: (j) => Q.targetsFromOurs(j, true),
    },
    {
      scenario: "targets-bare",
      impl: "ours",
      ...gql(o, Q.OURS_TARGETS_BARE, congress),
      answer: (j) => Q.targetsFromOurs(j, false),
    },
    {
      scenario: "targets-bare",
      impl: "postgraphile",
      ...gql(p, Q.PG_TARGETS_BARE, congress),
      answer: (j) => Q.targetsFromPostGraphile(j, false),
    },
    {
      scenario: "queue",
      impl: "ours",
      ...gql(o, Q.OURS_QUEUE, agency, token),
      answer: (j) => Q.queueFromOurs(j),
    },
    {
      scenario: "queue",
      impl: "postgraphile",
      ...gql(p, Q.PG_QUEUE, agency),
      answer: (j) => Q.queueFromPostGraphile(j),
    },
    {
      scenario: "queue",
      impl: "sql",
      url: `http://127.0.0.1:${s}/queue?id=${data.agencyId}`,
      method: "GET",
      headers: {},
      answer: (j) => Q.queueFromOurs(j),
    },
    {
      scenario: "summary",
      impl: "ours",
      ...gql(o, Q.OURS_SUMMARY, congress),
      answer: (j) => Q.summaryFromOurs(j),
    },
    {
      scenario: "dashboard",
      impl: "ours",
      ...gql(o, Q.OURS_DASHBOARD, congress),
      answer: (j) => Q.dashboardFromOurs(j),
    },
  ];
  if (!withPg5) return list;
  // PostGraphile 5 with its V4 preset answers PostGraphile 4's queries, unchanged.
  const pg5 = list
    .filter((c) => c.impl === "postgraphile")
    .map((c) => ({
      ...c,
      impl: "postgraphile5" as const,
      url: c.url.replace(`:${p}/`, `:${settings.ports.postgraphile5}/`),
    }));
  return list.flatMap((c) => [
    c,
    ...pg5.filter((x) => c.impl === "postgraphile" && x.scenario === c.scenario),
  ]);
}

async function send(c: Case): Promise<HttpResult> {
  return http(c.url, { method: c.method, headers: c.headers, body: c.body });
}

/** One request per case: answered, without errors, the same answer as the other servers. */
async function precheck(all: Case[]): Promise<string[]> {
  const notes: string[] = [];
  const answers = new Map<string, { impl: ImplKey; answer: string }[]>();
  for (const c of all) {
    const r = await send(c);
    const json = JSON.parse(r.text) as Record<string, unknown>;
    if (r.status !== 200 || json.errors) {
      throw new Error(`${c.impl} ${c.scenario}: HTTP ${r.status} ${r.text.slice(0, 500)}`);
    }
    c.expectedLength = r.text.length;
    c.bytes = Buffer.byteLength(r.text);
    const answer = JSON.stringify(c.answer(json));
    const list = answers.get(c.scenario) ?? [];
    list.push({ impl: c.impl, answer });
    answers.set(c.scenario, list);
  }
  for (const [scenario, list] of answers) {
    const [first, ...rest] = list;
    for (const other of rest) {
      if (other.answer !== first.answer) {
        notes.push(`answers differ for ${scenario}: ${first.impl} ≠ ${other.impl}`);
        say(`  ! ${scenario}: ${first.impl} ${first.answer.slice(0, 200)}`);
        say(`  ! ${scenario}: ${other.impl} ${other.answer.slice(0, 200)}`);
      }
    }
    if (rest.length > 0 && notes.length === 0) {
      say(`  ✓ ${scenario}: ${list.map((l) => l.impl).join(", ")} give the same answer`);
    }
  }
  return notes;
}

/**
 * Sequential requests through the counting proxy: latency at concurrency 1, statements,
 * rows and bytes from the database per request (wire.ts), and the database's busy time
 * (pg_stat_database.active_time). Backends flush their statistics after 10 s idle
 * (PostgreSQL 15), so the counters are read 10.5 s after the last request; `before` is
 * the previous `after`.
 */
async function profileCase(
  c: Case,
  db: Client,
  wire: WireCounters,
  before: DbCounters,
): Promise<[Profile, DbCounters]> {
  const wireBefore = { ...wire };
  let n = 0;
  let total = 0;
  const deadline = Date.now() + 8000;
  while (n < 20 && (n < 3 || Date.now() < deadline)) {
    const r = await send(c);
    if (r.status !== 200) throw new Error(`${c.impl} ${c.scenario}: HTTP ${r.status}`);
    total += r.ms;
    n++;
  }
  const statements = (wire.statements - wireBefore.statements) / n;
  const rows = (wire.rows - wireBefore.rows) / n;
  const kbFromDb = (wire.bytesFromDb - wireBefore.bytesFromDb) / 1024 / n;
  await sleep(10_500);
  const after = await dbCounters(db);
  return [
    {
      requests: n,
      latencyMs: total / n,
      statements,
      rows,
      kbFromDb,
      dbMsPerRequest: (after.activeMs - before.activeMs) / n,
    },
    after,
  ];
}

/* ---------------- load ---------------- */

interface Run {
  scenario: Scenario;
  impl: ImplKey;
  connections: number;
  status5xx: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  completed: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  note?: string;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

async function cannon(c: Case, connections: number, seconds: number) {
  const latencies: number[] = [];
  const expected = c.expectedLength;
  const instance = autocannon({
    url: c.url,
    method: c.method,
    headers: c.headers,
    body: c.body,
    connections,
    duration: seconds,
    timeout: settings.requestTimeout,
    verifyBody: (body) => body.length === expected,
  });
  instance.on("response", (_client, _status, _bytes, responseTime) => {
    latencies.push(responseTime);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return { result, latencies };
}

/** Waits until the server and the database have finished the requests a run left behind. */
async function drain(impl: Impl, db: Client, maxMs: number): Promise<boolean> {
  const deadline = Date.now() + maxMs;
  let quiet = 0;
  while (Date.now() < deadline) {
    const probe = await impl.probe().catch(() => ({ status: 0, ms: 1e9, text: "" }));
    const busy = await activeQueries(db);
    quiet = probe.status === 200 && probe.ms < 250 && busy === 0 ? quiet + 1 : 0;
    if (quiet >= 3) return true;
    await sleep(200);
  }
  return false;
}

async function load(c: Case, impl: Impl, connections: number, db: Client): Promise<Run> {
  const notes: string[] = [];
  if (settings.warmup > 0) {
    await cannon(c, connections, settings.warmup);
    if (!(await drain(impl, db, 90_000))) notes.push("warm-up backlog not drained in 90 s");
  }
  const { result, latencies } = await cannon(c, connections, settings.duration);
  if (!(await drain(impl, db, 120_000))) {
    notes.push("restarted after the run: backlog not drained in 120 s");
    await stopChild(impl.child!, 3000);
    await impl.start();
  }
  const completed = result["2xx"];
  return {
    scenario: c.scenario,
    impl: c.impl,
    connections,
    status5xx: result["5xx"],
    rps: completed / settings.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    completed,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    note: notes.join("; ") || undefined,
  };
}

/* ---------------- report ---------------- */

interface Machine {
  nproc: number;
  cpu: string;
  memoryGb: number;
  node: string;
  postgres: string;
  pgSettings: string;
  loadBefore: number[];
  loadAfter?: number[];
}

async function machine(): Promise<Machine> {
  const pg = await withClient(settings.databaseUrl, async (c) => {
    const v = (await c.query(`SHOW server_version`)).rows[0].server_version as string;
    const s = await c.query(
      `SELECT name, setting, unit FROM pg_settings
        WHERE name IN ('shared_buffers', 'work_mem', 'max_connections', 'jit', 'random_page_cost')
        ORDER BY name`,
    );
    const shown = s.rows.map((r) => `${r.name}=${r.setting}${r.unit ? ` ${r.unit}` : ""}`);
    return { version: v, settings: shown.join(", ") };
  });
  return {
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "unknown",
    memoryGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    postgres: pg.version,
    pgSettings: pg.settings,
    loadBefore: os.loadavg(),
  };
}

const SCENARIO_TITLE: Record<Scenario, string> = {
  targets: "(a) one province's 20 targets, indicators, lead agency, last 5 approved yearly figures",
  "targets-bare": "(a′) the same list without the figures (diagnostic)",
  queue:
    "(b) one agency's approval queue: 20 latest SUBMITTED figures, indicator code, target number",
  summary: "(c) progress summary of one congress (ours only: PostGraphile has no equivalent)",
  dashboard:
    "(c′) the admin's dashboard query, as the admin sends it (summary, targets, indicators, their progress and approved figures; ours only)",
};

function ms(v: number): string {
  if (!Number.isFinite(v)) return "—";
  return v >= 100 ? fmt(v) : fmt(v, 1);
}

function resultsTable(runs: Run[], all: Case[], labels: Record<ImplKey, string>): string {
  const lines: string[] = [];
  for (const scenario of [
    "targets",
    "targets-bare",
    "queue",
    "summary",
    "dashboard",
  ] as Scenario[]) {
    const rows = runs.filter((r) => r.scenario === scenario);
    if (rows.length === 0) continue;
    lines.push(`**${SCENARIO_TITLE[scenario]}**`, "");
    lines.push(
      "| server | response | conns | req/s | p50 ms | p95 ms | p99 ms | vs PostGraphile 4 | vs PostGraphile 5 | failed |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    );
    for (const r of rows) {
      const c = all.find((x) => x.scenario === r.scenario && x.impl === r.impl);
      const ratio = (impl: ImplKey) => {
        const peer = rows.find((x) => x.impl === impl && x.connections === r.connections);
        return peer && peer.rps > 0 ? `${fmt(r.rps / peer.rps, 2)}×` : "—";
      };
      const failed =
        [
          r.errors ? `${r.errors} errors` : "",
          r.timeouts ? `${r.timeouts} timeouts` : "",
          r.non2xx ? `${r.non2xx} non-2xx (${r.status5xx} 5xx)` : "",
          r.mismatches ? `${r.mismatches} wrong bodies` : "",
          r.note ?? "",
        ]
          .filter(Boolean)
          .join(", ") || "0";
      lines.push(
        `| ${labels[r.impl]} | ${fmt((c?.bytes ?? 0) / 1024, 1)} KB | ${r.connections} | ${fmt(r.rps, r.rps < 10 ? 1 : 0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ratio("postgraphile")} | ${ratio("postgraphile5")} | ${failed} |`,
      );
    }
    lines.push("");
  }
  return lines.join("\n");
}

function profileTable(all: Case[], labels: Record<ImplKey, string>): string {
  const rows = all.filter((c) => c.profile);
  if (rows.length === 0) return "";
  const lines = [
    "| query | server | latency at 1 conn, ms | SQL statements | rows from DB | KB from DB | DB busy ms | outside the DB, ms |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const c of rows) {
    const p = c.profile!;
    lines.push(
      `| ${c.scenario} | ${labels[c.impl]} | ${ms(p.latencyMs)} | ${fmt(p.statements, 1)} | ${fmt(p.rows)} | ${fmt(p.kbFromDb, 1)} | ${ms(p.dbMsPerRequest)} | ${ms(Math.max(0, p.latencyMs - p.dbMsPerRequest))} |`,
    );
  }
  return lines.join("\n");
}

const BEGIN = "<!-- bench:begin (written by npm run bench; edit outside these markers) -->";
const END = "<!-- bench:end -->";

/** Writes the section between the markers, formatted as `npm run lint` (prettier) expects. */
async function writeReport(section: string): Promise<void> {
  mkdirSync(path.dirname(settings.out), { recursive: true });
  const block = `${BEGIN}\n\n${section.trim()}\n\n${END}`;
  let content: string;
  if (!existsSync(settings.out)) {
    content = `# Performance\n\n${block}\n`;
  } else {
    const current = readFileSync(settings.out, "utf8");
    const from = current.indexOf(BEGIN);
    const to = current.indexOf(END);
    content =
      from >= 0 && to > from
        ? `${current.slice(0, from)}${block}${current.slice(to + END.length)}`
        : `${current.trimEnd()}\n\n${block}\n`;
  }
  const prettier = await import("prettier");
  const options = (await prettier.resolveConfig(settings.out)) ?? {};
  writeFileSync(
    settings.out,
    await prettier.format(content, { ...options, filepath: settings.out }),
  );
}

/**
 * The bar of issue 15, each line with what was reached: on (a) 2× PostGraphile 4 and 1,2×
 * PostGraphile 5 at every concurrency, half the SQL ceiling's rate, p95 at 50 connections
 * at most twice the ceiling's; on (b) 1,5× PostGraphile 4; on (c) 4× the 130 req/s of
 * 2026-12-01.
 */
function barVerdict(runs: Run[]): string {
  const find = (scenario: Scenario, impl: ImplKey, connections: number) =>
    runs.find((r) => r.scenario === scenario && r.impl === impl && r.connections === connections);
  const lines: string[] = [];
  const check = (label: string, ok: boolean, detail: string) =>
    lines.push(`- ${label}: ${ok ? "met" : "**NOT met**"} (${detail})`);
  for (const connections of settings.connections) {
    const ours = find("targets", "ours", connections);
    if (!ours) continue;
    for (const [impl, factor] of [
      ["postgraphile", 2],
      ["postgraphile5", 1.2],
      ["sql", 0.5],
    ] as const) {
      const peer = find("targets", impl, connections);
      if (!peer || peer.rps <= 0) continue;
      const ratio = ours.rps / peer.rps;
      check(
        `(a) at ${connections} connections, ≥ ${fmt(factor, 1)}× ${impl}`,
        ratio >= factor,
        `${fmt(ours.rps)} against ${fmt(peer.rps)} req/s, ${fmt(ratio, 2)}×`,
      );
    }
    const queue = find("queue", "ours", connections);
    const pg4 = find("queue", "postgraphile", connections);
    if (queue && pg4 && pg4.rps > 0)
      check(
        `(b) at ${connections} connections, ≥ 1.5× postgraphile`,
        queue.rps / pg4.rps >= 1.5,
        `${fmt(queue.rps)} against ${fmt(pg4.rps)} req/s, ${fmt(queue.rps / pg4.rps, 2)}×`,
      );
    const summary = find("summary", "ours", connections);
    if (summary)
      check(
        `(c) at ${connections} connections, ≥ 520 req/s (4× 130)`,
        summary.rps >= 520,
        `${fmt(summary.rps)} req/s`,
      );
    const dashboard = find("dashboard", "ours", connections);
    if (dashboard)
      check(
        `(c′) the admin's dashboard query at ${connections} connections, ≥ 520 req/s (4× 130)`,
        dashboard.rps >= 520,
        `${fmt(dashboard.rps)} req/s`,
      );
  }
  const ours50 = find("targets", "ours", 50);
  const sql50 = find("targets", "sql", 50);
  if (ours50 && sql50)
    check(
      "(a) p95 at 50 connections ≤ 2× the SQL ceiling's",
      ours50.p95 <= 2 * sql50.p95,
      `${ms(ours50.p95)} ms against ${ms(sql50.p95)} ms`,
    );
  return lines.length > 0 ? lines.join("\n") : "- not measured";
}

function commandLine(): string {
  const vars = Object.keys(process.env)
    .filter((k) => k === "DATABASE_URL" || k.startsWith("BENCH_"))
    .sort()
    .map((k) => `${k}=${process.env[k]}`);
  return [...vars, "npm run bench"].join(" ");
}

/* ---------------- main ---------------- */

async function main(): Promise<void> {
  const logDir = mkdtempSync(path.join(os.tmpdir(), "bench-"));
  say(`Đo hiệu năng (benchmark) — logs in ${logDir}`);
  say(parseBenchLine(benchParse()));
  const data = await ensureDatabase();
  const host = await machine();
  say(
    `Máy (machine): ${host.nproc} CPU (${host.cpu}), ${fmt(host.memoryGb, 1)} GB, Node ${host.node}, PostgreSQL ${host.postgres}; load ${host.loadBefore.map((l) => fmt(l, 2)).join(" ")}`,
  );
  say(
    `Dữ liệu (data): ${fmt(data.counts.provinces)} provinces, ${fmt(data.counts.targets)} targets, ${fmt(data.counts.indicators)} indicators, ${fmt(data.counts.measurements)} measurements, ${fmt(data.sizeMb)} MB`,
  );
  say(
    `Tham số (parameters): congress of ${data.provinceName}; queue of ${data.agencyName} (${data.agencyCode}, ${data.submitted} submitted)`,
  );

  const proxyUrl = new URL(settings.databaseUrl);
  proxyUrl.hostname = "127.0.0.1";
  proxyUrl.port = String(settings.ports.proxy);
  const upstream = new URL(settings.databaseUrl);
  // While profiling, every server reaches the database through the counting proxy.
  const proxy = settings.profile
    ? await startWireProxy(settings.ports.proxy, {
        host: upstream.hostname === "localhost" ? "127.0.0.1" : upstream.hostname,
        port: Number(upstream.port || 5432),
      })
    : undefined;
  const peers = settings.pg5 ? ensurePeers(ROOT, say) : undefined;
  let impls = implementations(logDir, proxy ? proxyUrl.toString() : settings.databaseUrl, peers);
  const labels = Object.fromEntries(Object.values(impls).map((i) => [i!.key, i!.label])) as Record<
    ImplKey,
    string
  >;
  const startAll = async () => {
    for (const impl of Object.values(impls) as Impl[]) {
      say(`Khởi động (starting) ${impl.label} on 127.0.0.1:${impl.port}`);
      await impl.start();
    }
  };
  await startAll();

  // PostGraphile's queries, checked against each PostGraphile's own generated schema.
  for (const key of ["postgraphile", "postgraphile5"] as const) {
    const impl = impls[key];
    if (!impl) continue;
    const introspection = await http(`http://127.0.0.1:${impl.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: getIntrospectionQuery() }),
    });
    const pgSchema = buildClientSchema(JSON.parse(introspection.text).data);
    for (const [name, query] of Object.entries({
      PG_TARGETS: Q.PG_TARGETS,
      PG_TARGETS_BARE: Q.PG_TARGETS_BARE,
      PG_QUEUE: Q.PG_QUEUE,
    })) {
      const errors = validate(pgSchema, parse(query));
      if (errors.length > 0)
        throw new Error(`${name} is not valid in ${impl.label}'s schema: ${errors[0].message}`);
    }
    say(`  ✓ PostGraphile queries valid against ${impl.label}'s introspected schema`);
  }

  // The approval queue is inside the agency: sign in as its head.
  const email = scaleEmail(Role.AGENCY_HEAD, data.agencyCode, settings.province);
  const login = await http(`http://127.0.0.1:${settings.ports.ours}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
      variables: { email, password: scalePassword() },
    }),
  });
  const token = (JSON.parse(login.text) as { data?: { login?: { token?: string } } }).data?.login
    ?.token;
  if (!token) throw new Error(`login as ${email} failed: ${login.text.slice(0, 300)}`);
  say(`  ✓ signed in to ours as ${email}`);

  const all = cases(data, token, impls.postgraphile5 !== undefined);
  say("Kiểm tra câu trả lời (checking answers)");
  const notes = await precheck(all);

  const db = new Client({
    connectionString: settings.databaseUrl,
    application_name: "bench-driver",
  });
  await db.connect();
  const runs: Run[] = [];
  try {
    if (settings.profile) {
      say("Hồ sơ từng truy vấn, tuần tự (sequential profile: statements and DB time per request)");
      await sleep(10_500);
      let counters = await dbCounters(db);
      for (const c of all) {
        [c.profile, counters] = await profileCase(c, db, proxy!.counters, counters);
        const p = c.profile;
        say(
          `  ${c.scenario.padEnd(13)} ${c.impl.padEnd(13)} ${ms(p.latencyMs).padStart(7)} ms: ${fmt(p.statements, 1)} statements, ${fmt(p.rows)} rows, ${fmt(p.kbFromDb, 1)} KB from the DB, DB busy ${ms(p.dbMsPerRequest)} ms`,
        );
      }
      // Under load every server talks to PostgreSQL directly.
      say("Khởi động lại, kết nối trực tiếp (restarting without the proxy)");
      await stopAll();
      await proxy!.close();
      impls = implementations(logDir, settings.databaseUrl, peers);
      await startAll();
      if ((await precheck(all)).length > 0) throw new Error("answers changed after the restart");
    }
    for (const connections of settings.connections) {
      for (const c of all) {
        const impl = impls[c.impl]!;
        const run = await load(c, impl, connections, db);
        runs.push(run);
        say(
          `  ${c.scenario.padEnd(13)} ${c.impl.padEnd(13)} ${String(connections).padStart(3)} conns: ${fmt(run.rps, 1).padStart(8)} req/s  p50 ${ms(run.p50)}  p95 ${ms(run.p95)}  p99 ${ms(run.p99)} ms` +
            (run.errors || run.mismatches || run.non2xx
              ? `  (${run.errors} errors, ${run.timeouts} timeouts, ${run.non2xx} non-2xx, ${run.mismatches} wrong bodies)`
              : "") +
            (run.note ? `  [${run.note}]` : ""),
        );
      }
    }
  } finally {
    await db.end();
    await stopAll();
    await proxy?.close();
  }
  host.loadAfter = os.loadavg();

  const verdict = barVerdict(runs);
  const elapsed = (Date.now() - started) / 1000;

  const section = [
    `## Results of the last run`,
    "",
    `Run ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC with \`${commandLine()}\` in ${fmt(elapsed / 60, 1)} minutes` +
      (data.seededNow ? ` (of which seed:scale ${fmt(data.seedSeconds)} s)` : "") +
      ".",
    "",
    `- Machine: ${host.nproc} CPUs (\`nproc\`; ${host.cpu}), ${fmt(host.memoryGb, 1)} GB memory, Node ${host.node}, PostgreSQL ${host.postgres} (${host.pgSettings}). Database, the servers and autocannon share the machine; load average ${host.loadBefore.map((l) => fmt(l, 2)).join(" / ")} before, ${host.loadAfter.map((l) => fmt(l, 2)).join(" / ")} after (1/5/15 min; other work on the machine shows here).`,
    `- Data: the national data set of \`npm run seed:scale\`: ${fmt(data.counts.provinces)} provinces, ${fmt(data.counts.targets)} targets, ${fmt(data.counts.indicators)} indicators, ${fmt(data.counts.agencies)} agencies, ${fmt(data.counts.assignments)} assignments, ${fmt(data.counts.measurements)} measurements, ${fmt(data.sizeMb)} MB.`,
    `- Parameters: the congress of ${data.provinceName} (code ${settings.province}); the approval queue of ${data.agencyName} (${data.agencyCode}, ${data.submitted} submitted figures), read by our server as that agency's head (Bearer session); PostGraphile and the SQL ceiling read without authentication.`,
    `- Each run: autocannon ${settings.warmup} s warm-up (discarded), then ${settings.duration} s measured, 1 request in flight per connection, a ${settings.requestTimeout} s timeout; every body checked by length against the pre-checked answer. req/s counts 2xx answers over the run. Every server has a pool of ${settings.poolSize} database connections and runs with NODE_ENV=production; ours with SEED=false LOG_LEVEL=warn.`,
    settings.pg5
      ? `- PostGraphile 5 runs test/bench/postgraphile5.mjs (makeV4Preset with dynamicJson, served by grafserv, pool of ${settings.poolSize}) on Node from \`${PEER_NODE}\`, installed with \`${PEER_POSTGRAPHILE}\` into .cache/bench-peers on first use.`
      : "- PostGraphile 5 left out (BENCH_PG5=0).",
    `- PostGraphile 4 runs with the documented command and \`NODE_OPTIONS=--require dist/test/bench/graphql15-compat.js\`: PostGraphile 4 calls graphql's \`execute\` with positional arguments, which graphql 16 (pinned for the whole checkout) refuses; the shim passes them as an object.`,
    notes.length > 0
      ? `- **Answers differ**: ${notes.join("; ")}.`
      : `- All servers gave the same answer for each query before the runs.`,
    "",
    `**Acceptance bar** (issue 15):`,
    "",
    verdict,
    "",
    resultsTable(runs, all, labels),
    settings.profile
      ? [
          "**Per request, one at a time**, each server connected to PostgreSQL through a counting proxy (test/bench/wire.ts: Query and Execute messages sent, DataRow messages and bytes received); DB busy time from `pg_stat_database.active_time`; the last column is the latency minus the DB busy time (Node, network, queueing):",
          "",
          profileTable(all, labels),
        ].join("\n")
      : "",
  ].join("\n");

  console.log("\n" + section);
  await writeReport(section);
  say(`\nĐã ghi (written): ${path.relative(ROOT, settings.out)} — ${fmt(elapsed)} s`);
}

process.on("exit", killAllNow);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    say(`\n${signal}: stopping`);
    void stopAll().finally(() => process.exit(130));
  });
}
const watchdog = setTimeout(() => {
  console.error(`Quá thời gian (benchmark over ${settings.maxMinutes} minutes): stopping`);
  void stopAll().finally(() => process.exit(1));
}, settings.maxMinutes * 60_000);
watchdog.unref();

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("Đo hiệu năng thất bại (benchmark failed):", error);
    void stopAll().finally(() => process.exit(1));
  },
);
