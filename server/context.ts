/** Per request: who is calling, what they may do, fresh loaders, a request id. */
import type { Request, Response } from "express";
import type { DataSource } from "typeorm";
import { authenticate, SESSION_COOKIE, type Caller } from "./auth/authenticate";
import { isConnectionError, unavailable } from "./common/errors";
import type { Config } from "./config";
import { Loaders } from "./read/loaders";
import type { Logger } from "./logger";
import type { ReminderRuntime } from "./modules/reminder/reminder.runtime";

export interface RequestContext extends Caller {
  requestId: string;
  /** The database for this request: the read replica for read-only requests, else the primary. */
  db: DataSource;
  /** The primary, for the few writes a read-only request makes (audit of a denial). */
  primaryDb: DataSource;
  loaders: Loaders;
  log: Logger;
  /** Address of the caller, for login throttling and the audit log. */
  ip: string;
  /** Sets or clears the session cookie (absent outside HTTP). */
  setCookie?: (name: string, value: string, maxAgeMs: number) => void;
  /** This server's reminders (absent in contexts made outside the HTTP app). */
  reminders?: ReminderRuntime;
  /** The direct path ran this request's compiled executor and met errors (read/executor.ts). */
  executorTried?: boolean;
}

export function createContext(fields: Omit<RequestContext, "loaders">): RequestContext {
  return { ...fields, loaders: new Loaders(fields.db) };
}

/** The agency whose internal figures the caller may read, if any. */
export function callerAgencyId(ctx: RequestContext): string | null {
  return ctx.user?.agencyId ?? null;
}

export interface ContextOptions {
  config: Config;
  db: DataSource;
  readDb: DataSource;
  log: Logger;
  reminders?: ReminderRuntime;
}

/** The context of a request whose caller is known (see requestContextFor). */
export function contextOfCaller(
  options: ContextOptions,
  caller: Caller,
  request: Pick<RequestContext, "requestId" | "ip" | "setCookie" | "executorTried"> & {
    readOnly: boolean;
  },
): RequestContext {
  return createContext({
    ...caller,
    requestId: request.requestId,
    db: request.readOnly ? options.readDb : options.db,
    primaryDb: options.db,
    log: options.log.child({ requestId: request.requestId }),
    ip: request.ip,
    reminders: options.reminders,
    setCookie: request.setCookie,
    executorTried: request.executorTried,
  });
}

/**
 * The context of one HTTP request (GraphQL or a download): the caller from the session cookie
 * or bearer token, and the database it reads from.
 */
export function requestContextFor(
  options: ContextOptions,
): (req: Request, res: Response) => Promise<RequestContext> {
  const { config, db } = options;
  return async (req, res) => {
    let caller: Caller;
    try {
      caller = await authenticate(db, req);
    } catch (error) {
      if (isConnectionError(error)) throw unavailable({ requestId: res.locals.requestId });
      throw error;
    }
    res.locals.userId = caller.user?.id;
    if (caller.staleCookie) res.clearCookie(SESSION_COOKIE, { path: "/" });
    // Anything that may write (a mutation, or a document we cannot tell) goes to the primary.
    const query = (req.body as { query?: unknown } | undefined)?.query;
    const readOnly =
      req.method === "GET" || (typeof query === "string" && !/\bmutation\b/.test(query));
    return contextOfCaller(options, caller, {
      requestId: res.locals.requestId as string,
      readOnly,
      ip: req.ip ?? "",
      executorTried: res.locals.executorTried === true,
      setCookie: (name, value, maxAgeMs) =>
        res.cookie(name, value, {
          httpOnly: true,
          sameSite: "strict",
          secure: config.production,
          path: "/",
          maxAge: maxAgeMs,
        }),
    });
  };
}
