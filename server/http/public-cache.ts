/**
 * Optional (RESPONSE_CACHE_MB, off by default): the answers to anonymous GraphQL reads, kept
 * until the data changes, with an `ETag`. Exact, not timed: every write records its audit
 * event in its transaction (audit.service.ts), and that transaction sends
 * `NOTIFY rt_data_changed`, which PostgreSQL delivers at commit to every server listening
 * (server/auth/caller-cache.ts holds the LISTEN connection); each server then forgets every
 * kept answer. An answer computed while a change arrived is not kept. While a server is not
 * listening it keeps and serves nothing. The embedded PGlite is one process: its writes
 * forget locally.
 *
 * Keyed by the whole request (query text, variables, operation name), bounded in bytes, each
 * answer at most 4 MB; only 200 answers without errors are kept. The ETag is the SHA-1 of the
 * body, the same on every server, so `If-None-Match` gets a 304 from any replica.
 */
import { createHash } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { LRUCache } from "lru-cache";
import type { DataSource, EntityManager } from "typeorm";
import { SESSION_COOKIE } from "../auth/authenticate";
import { vietnamDate } from "../common/dates";

export const DATA_CHANNEL = "rt_data_changed";
const MAX_ANSWER_BYTES = 4 * 1024 * 1024;
/** Audit actions that change nothing a public read shows. */
const PRIVATE_ACTIONS = /^(login|logout|permission\.denied|ApiToken\.)/;

interface Answer {
  body: Buffer;
  etag: string;
}

export class PublicCache {
  private readonly answers: LRUCache<string, Answer>;
  /** Bumped by every change heard; an answer computed across a bump is not kept. */
  private generation = 0;
  trusted = false;

  constructor(maxBytes: number) {
    this.answers = new LRUCache<string, Answer>({
      maxSize: maxBytes,
      sizeCalculation: (a) => a.body.length + 64,
    });
  }

  changed(): void {
    this.generation++;
    this.answers.clear();
  }

  distrust(): void {
    this.trusted = false;
    this.changed();
  }

  /** Express middleware for /graphql, after the JSON body parser. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction) => {
      const key = this.trusted ? keyOf(req) : undefined;
      if (!key) {
        // A write's transaction forgets the answers before its commit; forget them again once
        // it has committed, before its answer leaves (a read may have kept the old data between).
        const before = this.generation;
        const end = res.end.bind(res) as (...args: unknown[]) => Response;
        res.end = ((...args: unknown[]) => {
          if (this.generation !== before) this.changed();
          return end(...args);
        }) as Response["end"];
        return next();
      }
      const found = this.answers.get(key);
      if (found) {
        res.setHeader("etag", found.etag);
        if (req.headers["if-none-match"] === found.etag) return void res.status(304).end();
        res.setHeader("content-type", "application/json; charset=utf-8");
        return void res.status(200).end(found.body);
      }
      const generation = this.generation;
      const end = res.end.bind(res) as (...args: unknown[]) => Response;
      res.end = ((chunk?: unknown, ...rest: unknown[]) => {
        const body =
          typeof chunk === "string" ? Buffer.from(chunk) : Buffer.isBuffer(chunk) ? chunk : null;
        if (
          body &&
          res.statusCode === 200 &&
          body.length <= MAX_ANSWER_BYTES &&
          generation === this.generation &&
          this.trusted &&
          !body.includes('"errors":')
        ) {
          const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
          this.answers.set(key, { body, etag });
          if (!res.headersSent) res.setHeader("etag", etag);
        }
        return end(chunk, ...rest);
      }) as Response["end"];
      next();
    };
  }
}

/** The cache key of an anonymous, read-only GraphQL POST, or undefined for anything else. */
function keyOf(req: Request): string | undefined {
  if (req.method !== "POST" || req.headers.authorization) return undefined;
  if (req.headers.cookie?.includes(`${SESSION_COOKIE}=`)) return undefined;
  const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown };
  if (typeof body?.query !== "string" || /\bmutation\b|\bsubscription\b/.test(body.query))
    return undefined;
  // Today's date too: an answer without `asOf` is as of today in Vietnam.
  return JSON.stringify([
    vietnamDate(),
    body.query,
    body.variables ?? null,
    body.operationName ?? null,
  ]);
}

/** Each server's cache of public answers, or null when RESPONSE_CACHE_MB is 0 there. */
const registry = new WeakMap<DataSource, PublicCache | null>();

export function usePublicCache(db: DataSource, cache: PublicCache | undefined): void {
  registry.set(db, cache ?? null);
}

/**
 * Called with each audit event, inside the write's transaction: every server forgets its
 * public answers at commit (this one at once too; the commit comes before the answer).
 */
export async function dataChanged(manager: EntityManager, action: string): Promise<void> {
  const cache = registry.get(manager.connection);
  // A server without the cache is one of replicas that share the setting: none listens. A
  // process that is no server (the import CLI) tells those that may.
  if (cache === null || PRIVATE_ACTIONS.test(action)) return;
  cache?.changed();
  await manager.query(`SELECT pg_notify('${DATA_CHANNEL}', '')`);
}
