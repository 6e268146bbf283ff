/**
 * Every answer carries a request id the caller can quote (theirs when it is a plain token,
 * else a new one) and ends in one JSON log line. Shared by the app (app.ts) and the compiled
 * answers served before it (server/read/direct.ts), so both log the same line.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import type { Logger } from "../logger";

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** The request's id: the caller's `x-request-id` when it is a plain token, else a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const header = req.headers["x-request-id"];
  return typeof header === "string" && REQUEST_ID.test(header) ? header : randomUUID();
}

/** Logs one line when `res` has been sent; `details()` is read then (the operation, the user). */
export function logWhenSent(
  log: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  details: () => { operation?: string; user?: string; direct?: boolean },
): void {
  const started = process.hrtime.bigint();
  res.on("finish", () => {
    log.info({
      requestId,
      method: req.method,
      path: (req as { originalUrl?: string }).originalUrl?.split("?")[0] ?? req.url?.split("?")[0],
      status: res.statusCode,
      ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
      ...details(),
    });
  });
}
