/** Starts the process: config, database, HTTP; stops gracefully on SIGTERM/SIGINT. */
import { ConfigError, loadConfig, type Config } from "./config";
import { createLogger } from "./logger";
import { startServer } from "./server";

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
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error("Không khởi động được (failed to start):", error);
  process.exit(1);
});
