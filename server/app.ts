/**
 * The HTTP app: GraphQL at /graphql, the admin at /admin, health at /healthz
 * (process alive) and /readyz (database reachable, not shutting down).
 */
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import express from "express";
import { GraphQLError, type DocumentNode } from "graphql";
import type { RequestListener, Server } from "node:http";
import path from "node:path";
import type { DataSource } from "typeorm";
import { configureShapeCache } from "./read/lean";
import { callerChangesPlugin } from "./auth/caller-cache";
import { compressAnswers } from "./http/compress-answers";
import type { PublicCache } from "./http/public-cache";
import { DirectAnswers, readAhead } from "./read/direct";
import { compiledReads, stringifyResult } from "./read/respond";
import { projectRoot, type Config } from "./config";
import { requestContextFor, type RequestContext } from "./context";
import { exportsRouter } from "./modules/downloads/downloads.routes";
import { jsonBodyErrors, lastErrorHandler } from "./http/json-body-errors";
import { logWhenSent, requestIdOf } from "./http/request-log";
import { securityHeaders } from "./http/security-headers";
import { errorPlugin, formatError } from "./graphql/errors";
import { armor, limitsPlugin } from "./graphql/limits";
import type { Logger } from "./logger";
import type { ReminderRuntime } from "./modules/reminder/reminder.runtime";
import { publicPageRouter } from "./modules/public-page/public-page.routes";
import { staticAdmin } from "./http/static-admin";
import { createSchema } from "./graphql/schema";

export interface App {
  express: express.Express;
  /** The HTTP server's request listener: compiled answers first (read/direct.ts), then express. */
  listener: RequestListener;
  /** How many requests the compiled answers served before express (0 with COMPILED_READS=false). */
  answeredDirectly(): number;
  apollo: ApolloServer<RequestContext>;
  /** Makes /readyz fail, first step of a graceful shutdown. */
  drain(): void;
}

/** HTTP statuses of the typed errors building a request's context can end in. */
const CONTEXT_STATUS: Record<string, number> = { UNAUTHENTICATED: 401, SERVICE_UNAVAILABLE: 503 };
/** /readyz answers within this, even when the database hangs or the pool is exhausted. */
const READY_TIMEOUT_MS = 2000;

export async function createApp(options: {
  config: Config;
  db: DataSource;
  /** For read-only requests (the primary itself when there is no replica). */
  readDb: DataSource;
  log: Logger;
  httpServer: Server;
  reminders?: ReminderRuntime;
  /** Anonymous answers kept until the data changes (RESPONSE_CACHE_MB). */
  answers?: PublicCache;
}): Promise<App> {
  // The HTTP server is drained by bootstrap.ts (http/drain.ts), before Apollo stops.
  const { config, db, readDb, log, reminders } = options;
  let draining = false;
  configureShapeCache(config.shapeCacheSize);

  // Operations the compiled path has answered, served from then on before express and Apollo.
  const direct = config.compiledReads
    ? new DirectAnswers({
        config,
        db,
        readDb,
        log,
        reminders,
        leaveAnonymous: options.answers !== undefined,
        size: config.documentCacheSize,
      })
    : undefined;
  const protection = armor();
  const apollo = new ApolloServer<RequestContext>({
    schema: await createSchema(),
    // Parsed and validated documents, keyed by the query text a caller sends: bounded in count
    // (DOCUMENT_CACHE_SIZE) as well as in estimated bytes, so new texts cannot grow memory.
    documentStore: new InMemoryLRUCache<DocumentNode>({
      max: config.documentCacheSize,
      maxSize: 8 * 1024 * 1024,
    }),
    validationRules: protection.validationRules,
    formatError,
    // Splices the JSON text of compiled answers (server/read/respond.ts) into the body.
    stringifyResult,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts and bootstrap.ts own the shutdown sequence (readiness, HTTP, Apollo, the database).
    stopOnTerminationSignals: false,
    introspection: true,
    plugins: [
      // The hosted landing page loads from the internet; the offline IDE lives at /graphiql.
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching hints are used; the default plugin wraps every field (a few % per request).
      ApolloServerPluginCacheControlDisabled(),
      errorPlugin,
      callerChangesPlugin,
      limitsPlugin(config.production),
      compiledReads(config.compiledReads, direct && direct.remember.bind(direct)),
      ...(protection.plugins as ApolloServerPlugin<RequestContext>[]),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  // The client's address (sign-in throttle, audit) comes from X-Forwarded-For only when it was
  // set by a proxy named in TRUST_PROXY; otherwise anyone could choose theirs.
  app.set("trust proxy", config.trustProxy);
  app.use(securityHeaders());

  // One JSON log line per request, with an id the caller can quote.
  app.use((req, res, next) => {
    const requestId = requestIdOf(req);
    res.locals.requestId = requestId;
    res.setHeader("x-request-id", requestId);
    logWhenSent(log, req, res, requestId, () => ({
      operation: (req.body as { operationName?: string } | undefined)?.operationName ?? undefined,
      user: res.locals.userId as string | undefined,
    }));
    next();
  });

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });

  app.get("/readyz", async (_req, res) => {
    if (draining) {
      res.status(503).json({ status: "draining" });
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error("timeout")), READY_TIMEOUT_MS);
    });
    try {
      await Promise.race([db.query("SELECT 1"), timeout]);
      res.json({ status: "ready" });
    } catch {
      res.status(503).json({ status: "database unreachable" });
    } finally {
      clearTimeout(timer);
    }
  });

  app.use(staticAdmin(path.join(projectRoot(), "admin", "dist")));
  app.get("/", (_req, res) => res.redirect("/admin/"));

  const contextFor = requestContextFor({ config, db, readDb, log, reminders });

  app.use(["/graphql", "/exports", "/cong-khai"], compressAnswers());
  app.use("/cong-khai", publicPageRouter(readDb, db, log));
  app.use("/exports", exportsRouter(contextFor, log));
  app.use(
    "/graphql",
    readAhead,
    express.json({ limit: "6mb" }),
    jsonBodyErrors,
    ...(options.answers ? [options.answers.middleware()] : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        try {
          return await contextFor(req, res);
        } catch (error) {
          // Apollo answers a failed context with HTTP 500 unless the error names a status.
          const status =
            error instanceof GraphQLError && CONTEXT_STATUS[String(error.extensions.code)];
          if (!status) throw error;
          throw new GraphQLError(error.message, {
            extensions: { ...error.extensions, requestId: res.locals.requestId, http: { status } },
          });
        }
      },
    }),
  );

  app.use(lastErrorHandler((err, requestId) => log.error({ err, requestId }, "request failed")));

  return {
    express: app,
    listener: direct ? direct.listener(app) : app,
    answeredDirectly: () => direct?.answered ?? 0,
    apollo,
    drain: () => {
      draining = true;
    },
  };
}
