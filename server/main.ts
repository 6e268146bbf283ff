/** Starts the process: config, database, HTTP; stops gracefully on SIGTERM/SIGINT. */
import { ConfigError, loadConfig, type Config } from "./config";
import { createLogger } from "./logger";
import { startServer } from "./bootstrap";

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Cấu hình sai (configuration error): ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  const server = await startServer(config, log);
  log.info(
    { url: server.url, graphql: `${server.url}/graphql`, admin: `${server.url}/admin/` },
    "listening",
  );
  console.log(`\nHệ thống đã sẵn sàng (ready): ${server.url}/graphql  ·  ${server.url}/admin/\n`);

  // On SIGTERM (an orchestrator or load balancer stopping this copy), /readyz fails at once but
  // connections are still accepted for a moment, so whoever polls it stops sending requests
  // before they would be refused. Ctrl-C (SIGINT) skips the wait. All of it stays within
  // SHUTDOWN_GRACE_SECONDS, after which the process exits regardless.
  const readinessLagMs = Math.min(2000, config.shutdownGraceSeconds * 250);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    server.drain();
    const force = setTimeout(() => {
      log.error("shutdown took too long, exiting");
      process.exit(1);
    }, config.shutdownGraceSeconds * 1000);
    force.unref();
    const lag = signal === "SIGTERM" ? readinessLagMs : 0;
    setTimeout(() => {
      log.info("no longer accepting connections");
      server.close().then(
        () => process.exit(0),
        (error: unknown) => {
          log.error({ err: error }, "shutdown failed");
          process.exit(1);
        },
      );
    }, lag);
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error("Không khởi động được (failed to start):", error);
  process.exit(1);
});
