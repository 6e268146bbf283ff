/**
 * Two servers on one PostgreSQL, as two replicas behind a load balancer. With DATABASE_URL they
 * share that database (reset first); in the embedded pass they share a throwaway PostgreSQL
 * cluster, as one embedded PGlite cannot be shared by two servers.
 */
import { loadConfig } from "../../server/config";
import { createLogger } from "../../server/logger";
import { startServer, type RunningServer } from "../../server/bootstrap";
import { startCluster, type Cluster } from "../faults/cluster";
import { resetDatabase, testDatabaseUrl } from "./server";

export interface Replicas {
  servers: RunningServer[];
  close(): Promise<void>;
}

/** Two servers with `env`, each with its own settings of `each` on top. */
export async function startReplicas(
  env: Record<string, string> = {},
  each: [Record<string, string>, Record<string, string>] = [{}, {}],
): Promise<Replicas> {
  let cluster: Cluster | undefined;
  let url: string;
  if (process.env.TEST_EMBEDDED) {
    cluster = await startCluster();
    url = cluster.url;
  } else {
    await resetDatabase();
    url = testDatabaseUrl();
  }
  const configOf = (own: Record<string, string>) =>
    loadConfig({
      DATABASE_URL: url,
      PORT: "0",
      HOST: "127.0.0.1",
      SEED_DEMO: "true",
      DB_POOL_SIZE: "3",
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
      JOBS: "false",
      ...env,
      ...own,
    });
  const servers: RunningServer[] = [];
  // One after the other: the first migrates and seeds, the second finds it done.
  for (const own of each) {
    const config = configOf(own);
    servers.push(await startServer(config, createLogger(config.logLevel)));
  }
  return {
    servers,
    async close() {
      for (const server of servers) await server.close();
      await cluster?.destroy();
    },
  };
}

/** `ask()` again until `done` holds, for at most 500 ms (a notification's way to a replica). */
export async function soon<T>(ask: () => Promise<T>, done: (answer: T) => boolean): Promise<T> {
  const until = Date.now() + 500;
  for (;;) {
    const answer = await ask();
    if (done(answer) || Date.now() > until) return answer;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
