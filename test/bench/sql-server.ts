/**
 * The ceiling for `npm run bench`: a minimal Node HTTP server that answers each query
 * with one prepared SQL statement (sql.ts) whose JSON PostgreSQL builds itself. No
 * GraphQL, no ORM, no authentication: what the database and one Node process can do.
 *
 *   GET /targets?id=<congress id>   GET /queue?id=<agency id>   GET /healthz
 */
import { createServer } from "node:http";
import { Pool } from "pg";
import { QUEUE_SQL, TARGETS_SQL } from "./sql";

const ROUTES: Record<string, { name: string; text: string }> = {
  "/targets": { name: "bench_targets", text: TARGETS_SQL },
  "/queue": { name: "bench_queue", text: QUEUE_SQL },
};

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DB_POOL_SIZE ?? 10),
  application_name: "bench-sql-ceiling",
});

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  if (url.pathname === "/healthz") {
    res.end('{"status":"ok"}');
    return;
  }
  const route = ROUTES[url.pathname];
  const id = url.searchParams.get("id");
  if (!route || !id) {
    res.statusCode = 404;
    res.end();
    return;
  }
  pool.query<[string]>({ name: route.name, text: route.text, values: [id], rowMode: "array" }).then(
    (result) => {
      res.setHeader("content-type", "application/json; charset=utf-8");
      res.end(result.rows[0][0]);
    },
    (error: unknown) => {
      res.statusCode = 500;
      res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
    },
  );
});

server.listen(Number(process.env.PORT ?? 4401), "127.0.0.1", () => {
  console.log(`sql ceiling listening on ${process.env.PORT ?? 4401}`);
});

function stop(): void {
  server.close();
  pool.end().then(
    () => process.exit(0),
    () => process.exit(1),
  );
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
