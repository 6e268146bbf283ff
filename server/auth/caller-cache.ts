/**
 * Who a credential signs in, remembered for a short while so a signed-in request does not pay a
 * second statement to find its session (or API token) and owner.
 *
 * Keyed by the token's SHA-256 digest (never the token), bounded in count (CALLER_CACHE_SIZE, 0
 * turns it off) and in age (CALLER_CACHE_TTL_MS). Only valid credentials with an active owner are
 * kept; expiry, idle time and the once-a-minute touch are still checked on every request.
 *
 * Whatever ends or changes a signed-in caller (logout, a revoked API token, a new password, a
 * deactivated account, a changed role or agency) calls `callerChanged(tx, userId)` inside its
 * transaction: it forgets that user's entries here at once and sends `NOTIFY rt_caller_changed`,
 * which PostgreSQL delivers at commit to every server listening (`watchCallers`), this one
 * included, so a replica forgets them too. PostgreSQL answers the commit before the listeners
 * have read it, so the request's answer waits (`callerChangesHeard`, at most 1 s) until this
 * server has heard its own notification (by then the others have been sent theirs) and forgets
 * the user once more (a request may have put the old row back before the commit). A server trusts its cache only while its LISTEN connection is up:
 * when it drops, the cache is emptied and bypassed until it is listening again. The embedded
 * PGlite is one process (and pglite-socket does not pass notifications between connections), so
 * there the cache is only ever invalidated locally.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { LRUCache } from "lru-cache";
import { randomUUID } from "node:crypto";
import { Client } from "pg";
import type { DataSource, EntityManager } from "typeorm";
import type { RequestContext } from "../context";
import { DATA_CHANNEL, type PublicCache } from "../http/public-cache";
import type { Logger } from "../logger";
import type { ApiToken } from "../modules/api-token/api-token.entity";
import type { Session } from "../modules/user/session.entity";
import type { User } from "../modules/user/user.entity";

export const CALLER_CHANNEL = "rt_caller_changed";
/** An entry is read again from the database after this long, whatever happened. */
export const CALLER_CACHE_TTL_MS = 30 * 1000;
const RECONNECT_MS = 1000;
const HEARD_TIMEOUT_MS = 1000;

export interface KnownCaller<T extends Session | ApiToken = Session | ApiToken> {
  row: T;
  user: User;
}

export class CallerCache {
  private readonly entries: LRUCache<string, KnownCaller>;
  /** False while the server cannot hear other servers' changes: nothing is read or kept. */
  trusted = false;

  constructor(max: number) {
    this.entries = new LRUCache<string, KnownCaller>({ max, ttl: CALLER_CACHE_TTL_MS });
  }

  get(hash: string): KnownCaller | undefined {
    return this.trusted ? this.entries.get(hash) : undefined;
  }

  set(hash: string, caller: KnownCaller): void {
    if (this.trusted) this.entries.set(hash, caller);
  }

  /** Forgets every credential of a user (rare: a few thousand entries at most are scanned). */
  forgetUser(userId: string): void {
    for (const [hash, caller] of this.entries.entries()) {
      if (caller.user.id === userId) this.entries.delete(hash);
    }
  }

  distrust(): void {
    this.trusted = false;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

interface Registered {
  cache: CallerCache;
  /** Other servers may share the database: changes are broadcast with NOTIFY. */
  broadcast: boolean;
  /** This server's notifications not heard back yet, by their nonce. */
  waiting: Map<string, () => void>;
}

/** What a request changed: the users to forget after its commit, the notifications to hear. */
interface Changes {
  cache: CallerCache;
  userIds: Set<string>;
  heard: Promise<void>[];
}

const changesOf = new WeakMap<object, Changes>();

const registry = new WeakMap<DataSource, Registered>();

export function callerCacheOf(db: DataSource): CallerCache | undefined {
  return registry.get(db)?.cache;
}

/**
 * Call inside the transaction that ends or changes a user's sign-in (a session or token revoked,
 * the account's role, agency, password or state changed); `request` is the request's context.
 */
export async function callerChanged(
  tx: EntityManager,
  request: object,
  userId: string,
): Promise<void> {
  const registered = registry.get(tx.connection);
  const nonce = randomUUID();
  if (registered) {
    registered.cache.forgetUser(userId);
    let changes = changesOf.get(request);
    if (!changes)
      changesOf.set(
        request,
        (changes = { cache: registered.cache, userIds: new Set(), heard: [] }),
      );
    changes.userIds.add(userId);
    if (registered.broadcast && registered.cache.trusted) {
      changes.heard.push(
        new Promise<void>((resolve) => {
          const timer = setTimeout(done, HEARD_TIMEOUT_MS);
          function done() {
            clearTimeout(timer);
            registered!.waiting.delete(nonce);
            resolve();
          }
          registered.waiting.set(nonce, done);
        }),
      );
    }
  }
  if (registered?.broadcast !== false) {
    await tx.query(`SELECT pg_notify('${CALLER_CHANNEL}', $1)`, [`${userId} ${nonce}`]);
  }
}

/**
 * Before a request's answer is sent (its transaction committed): forgets the users it changed
 * again and waits until this server has heard its notifications (at most 1 s each; a rolled-back
 * transaction sends none).
 */
export async function callerChangesHeard(request: object): Promise<void> {
  const changes = changesOf.get(request);
  if (!changes) return;
  changesOf.delete(request);
  await Promise.all(changes.heard);
  for (const userId of changes.userIds) changes.cache.forgetUser(userId);
}

/** Runs `callerChangesHeard` before every GraphQL answer (a no-op for requests that changed none). */
export const callerChangesPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue }) {
        await callerChangesHeard(contextValue);
      },
    };
  },
};

export interface CallerWatch {
  cache: CallerCache | undefined;
  stop(): Promise<void>;
}

/**
 * Turns the cache on for this server's database: at once on the embedded database, once
 * LISTEN is up on PostgreSQL (waiting for the first attempt only; it retries every second).
 */
export async function watchCallers(options: {
  db: DataSource;
  embedded: boolean;
  url: string | undefined;
  size: number;
  log: Logger;
  /** The optional cache of public answers (server/http/public-cache.ts), on the same connection. */
  answers?: PublicCache;
}): Promise<CallerWatch> {
  const { db, embedded, url, size, log, answers } = options;
  const cache = size > 0 ? new CallerCache(size) : undefined;
  if (!cache && !answers) return { cache, async stop() {} };
  const trust = () => {
    if (cache) cache.trusted = true;
    if (answers) answers.trusted = true;
  };
  const distrust = () => {
    cache?.distrust();
    answers?.distrust();
  };
  const waiting = new Map<string, () => void>();
  const register = (broadcast: boolean) => {
    if (cache) registry.set(db, { cache, broadcast, waiting });
  };
  if (embedded || !url) {
    register(false);
    trust();
    return { cache, stop: async () => void registry.delete(db) };
  }
  register(true);
  let stopped = false;
  let client: Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const lost = (error?: unknown) => {
    distrust();
    const dead = client;
    client = undefined;
    void dead?.end().catch(() => undefined);
    if (stopped) return;
    if (error) log.warn({ err: error }, "caller cache: LISTEN lost, cache off until it is back");
    retry ??= setTimeout(() => {
      retry = undefined;
      void listen();
    }, RECONNECT_MS);
  };

  const listen = async (): Promise<void> => {
    const next = new Client({
      connectionString: url,
      connectionTimeoutMillis: 5000,
      application_name: "resolution-tracker-callers",
    });
    next.on("error", (error) => client === next && lost(error));
    next.on("end", () => client === next && lost(new Error("connection ended")));
    next.on("notification", (message) => {
      if (message.channel === DATA_CHANNEL) answers?.changed();
      if (message.channel !== CALLER_CHANNEL || !message.payload) return;
      const [userId, nonce] = message.payload.split(" ");
      cache?.forgetUser(userId);
      waiting.get(nonce)?.();
    });
    try {
      await next.connect();
      client = next;
      const [{ version }] = (await next.query("SELECT version()")).rows as { version: string }[];
      if (version.includes("PGlite")) {
        // One backend behind pglite-socket: a notification goes back to the connection that
        // sent it, never to this one, and only this process can reach it. Local invalidation.
        client = undefined;
        await next.end();
        register(false);
        trust();
        return;
      }
      await next.query(`LISTEN ${CALLER_CHANNEL}; LISTEN ${DATA_CHANNEL}`);
      if (stopped) throw new Error("stopped");
      distrust(); // whatever changed while nobody listened is read again
      trust();
    } catch (error) {
      if (client === next || !client) lost(stopped ? undefined : error);
    }
  };

  await listen();
  return {
    cache,
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      distrust();
      registry.delete(db);
      const last = client;
      client = undefined;
      await last?.end().catch(() => undefined);
    },
  };
}
