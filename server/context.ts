/** Per request: who is calling, what they may do, fresh loaders, a request id. */
import type { DataSource } from "typeorm";
import type { Caller } from "./auth/authenticate";
import { Loaders } from "./common/loaders";
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
}

export function createContext(fields: Omit<RequestContext, "loaders">): RequestContext {
  return { ...fields, loaders: new Loaders(fields.db) };
}

/** The agency whose internal figures the caller may read, if any. */
export function callerAgencyId(ctx: RequestContext): string | null {
  return ctx.user?.agencyId ?? null;
}
