/**
 * Compiled answers served straight from node:http, before express and Apollo. A POST /graphql
 * whose query text (and operation name) the compiled path (respond.ts) has answered once, so
 * parsed, validated and within every limit that depends on the text alone, is answered here:
 * the caller (auth/authenticate.ts, its cache), the variables coerced as graphql-js does, the
 * text limits that depend on them, the cached statement (compile.ts) or else the operation's
 * compiled executor (executor.ts), and the same bytes and headers the app would send
 * (security headers, request id, ETag, compression, the log line).
 * Anything else, and any doubt (an unknown text, bad variables, a caller whose operation does
 * not compile, an error other than an absent database), goes on to the app as before, with the
 * body already read (`readAhead`).
 *
 * Why: on the approval queue the app's layers (express's router and middlewares, Apollo's
 * request pipeline and plugins) cost more than the statement itself (docs/performance.md).
 */
import etag from "etag";
import type {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLSchema,
  OperationDefinitionNode,
} from "graphql";
import { getVariableValues } from "graphql/execution/values";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { LRUCache } from "lru-cache";
import type { RequestHandler } from "express";
import { authenticate } from "../auth/authenticate";
import { checkTexts } from "../common/text-limits";
import { unavailable } from "../common/errors";
import { contextOfCaller, type ContextOptions } from "../context";
import { compressAnswers } from "../http/compress-answers";
import { logWhenSent, requestIdOf } from "../http/request-log";
import { securityHeaderList } from "../http/security-headers";
import { answerRead, stringifyResult } from "./respond";

/** An operation the compiled path has answered, as Apollo parsed and validated it. */
export interface KnownOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
}

/** Bodies larger than this go to the app unread (a known query text is at most 20,000 characters). */
const MAX_BODY_BYTES = 64 * 1024;
/** The key under which a body read here, or its JSON error, is left for the app. */
const READ_AHEAD = Symbol("body read by server/read/direct.ts");

type ReadAhead =
  /** The body; `executorTried`: the operation's compiled executor ran here and met errors. */
  { body: unknown; executorTried?: boolean } | { error: { type: string; status: number } };

interface Body {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

function keyOf(query: string, operationName: string | null | undefined): string {
  return `${operationName ?? ""}\n${query}`;
}

/**
 * For the app's /graphql route, before express.json: a body read here is the request's body
 * (express.json sees a finished stream and leaves it), and a body that was not JSON is the
 * same error express.json raises, answered by the same handler (http/json-body-errors.ts).
 */
export const readAhead: RequestHandler = (req, res, next) => {
  const read = (req as unknown as { [READ_AHEAD]?: ReadAhead })[READ_AHEAD];
  if (!read) return next();
  if ("error" in read) return next(read.error);
  req.body = read.body;
  // Not run a second time for this request (context.ts): graphql-js answers with its errors.
  if (read.executorTried) res.locals.executorTried = true;
  next();
};

export class DirectAnswers {
  private readonly known: LRUCache<string, KnownOperation>;
  private readonly headers = securityHeaderList();
  private readonly compress = compressAnswers();
  /** How many requests were answered here (RunningServer.answeredDirectly). */
  answered = 0;

  constructor(
    private readonly options: ContextOptions & {
      /** Anonymous callers are left to the app (its public answers' cache, RESPONSE_CACHE_MB). */
      leaveAnonymous: boolean;
      /** How many query texts are remembered (DOCUMENT_CACHE_SIZE, as Apollo's own store). */
      size: number;
    },
  ) {
    // Bounded in count and in characters, like Apollo's document store.
    this.known = new LRUCache({
      max: options.size,
      maxSize: 8 * 1024 * 1024,
      sizeCalculation: (_value, key) => key.length,
    });
  }

  /** Remembers an operation that respond.ts answered from its compiled statements. */
  remember(query: string, operationName: string | null | undefined, operation: KnownOperation) {
    this.known.set(keyOf(query, operationName), operation);
  }

  /** The HTTP server's request listener: answers what it knows, hands the rest to `app`. */
  listener(app: RequestListener): RequestListener {
    return (req, res) => {
      if (!this.mayRead(req)) return app(req, res);
      const chunks: Buffer[] = [];
      // At most content-length bytes (node's parser holds the client to it), checked above.
      req.on("data", (chunk: Buffer) => void chunks.push(chunk));
      req.once("error", () => res.destroy());
      req.once("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          body = undefined;
        }
        // express.json is strict: only an object or an array is a body.
        if (typeof body !== "object" || body === null)
          return this.handOver(app, req, res, {
            error: { type: "entity.parse.failed", status: 400 },
          });
        this.answer(req, res, body).then(
          (answered) =>
            answered === true ||
            this.handOver(app, req, res, { body, executorTried: answered === "executorTried" }),
          (error: unknown) => {
            // Begun here and failed (never seen): end it rather than answer twice.
            if (res.headersSent) {
              this.options.log.error({ err: error }, "direct answer failed");
              return res.destroy();
            }
            this.handOver(app, req, res, { body });
          },
        );
      });
    };
  }

  /** Only a small JSON POST to /graphql is read here. */
  private mayRead(req: IncomingMessage): boolean {
    if (req.method !== "POST" || req.url !== "/graphql" || this.known.size === 0) return false;
    const type = req.headers["content-type"];
    const length = Number(req.headers["content-length"]);
    return (
      (type === "application/json" || type === "application/json; charset=utf-8") &&
      Number.isInteger(length) &&
      length > 0 &&
      length <= MAX_BODY_BYTES &&
      !req.headers["content-encoding"] &&
      !req.headers["transfer-encoding"] &&
      !req.headers.expect
    );
  }

  private handOver(
    app: RequestListener,
    req: IncomingMessage,
    res: ServerResponse,
    read: ReadAhead,
  ): void {
    (req as unknown as { [READ_AHEAD]: ReadAhead })[READ_AHEAD] = read;
    app(req, res);
  }

  /**
   * Answers `body` if it is a known operation the caller's statements or its executor answer:
   * true; else false, or "executorTried" when its executor ran and met errors.
   */
  private async answer(
    req: IncomingMessage,
    res: ServerResponse,
    body: unknown,
  ): Promise<boolean | "executorTried"> {
    if (!body || typeof body !== "object" || Array.isArray(body)) return false;
    const { query, variables, operationName, ...rest } = body as Body;
    if (typeof query !== "string" || Object.keys(rest).length > 0) return false;
    const known = this.known.get(keyOf(query, operationName));
    if (!known) return false;
    const { operation, schema, fragments, document } = known;
    const given = (variables ?? {}) as Record<string, unknown>;
    if (typeof given !== "object" || Array.isArray(given)) return false;
    // The text limits that depend on the variables, which they normalise in place, as the
    // app's limitsPlugin does before the compiled path reads them.
    try {
      checkTexts(document, given);
    } catch {
      return false;
    }
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], given);
    if (coerced.errors) return false;
    // A credential that does not sign anyone in, or a stale cookie to clear: the app answers.
    const caller = await authenticate(this.options.db, req);
    if (caller.staleCookie || (this.options.leaveAnonymous && !caller.user)) return false;
    const requestId = requestIdOf(req);
    const ctx = contextOfCaller(this.options, caller, {
      requestId,
      readOnly: true,
      // Not read on this path (sign-in throttling and denials' audit are the app's).
      ip: req.socket.remoteAddress ?? "",
    });
    const outcome = await answerRead(ctx, {
      schema,
      document,
      operation,
      fragments,
      variables: coerced.coerced,
    });
    if (outcome.kind === "interpret") return outcome.executorTried ? "executorTried" : false;
    if (outcome.kind === "unavailable") {
      // As respond.ts and the error plugin answer it on the app's path: 503, retry shortly.
      ctx.log.warn({ err: outcome.error }, "database unavailable");
      const { extensions, ...error503 } = unavailable().toJSON();
      const errors = [{ ...error503, extensions: { ...extensions, requestId } }];
      this.send(req, res, requestId, caller.user?.id, operationName, 503, {
        text: JSON.stringify({ data: null, errors }) + "\n",
        retry: true,
      });
      return true;
    }
    // The body Apollo writes for { data } (its stringifyResult is respond.ts's).
    this.send(req, res, requestId, caller.user?.id, operationName, 200, {
      text: stringifyResult({ data: outcome.data }),
      retry: false,
    });
    return true;
  }

  private send(
    req: IncomingMessage,
    res: ServerResponse,
    requestId: string,
    user: string | undefined,
    operationName: string | null | undefined,
    status: number,
    answer: { text: string; retry: boolean },
  ): void {
    this.answered++;
    logWhenSent(this.options.log, req, res, requestId, () => ({
      operation: operationName ?? undefined,
      user,
      direct: true,
    }));
    const body = Buffer.from(answer.text, "utf8");
    for (const [name, value] of this.headers) res.setHeader(name, value);
    res.setHeader("x-request-id", requestId);
    if (answer.retry) res.setHeader("retry-after", "1");
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    res.setHeader("Content-Length", body.length);
    res.setHeader("ETag", etag(body, { weak: true }));
    res.statusCode = status;
    // The app's compression middleware itself, so the encoding chosen is the one it chooses.
    this.compress(req as never, res as never, () => res.end(body));
  }
}
