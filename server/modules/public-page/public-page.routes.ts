/**
 * `/cong-khai`: the public page, rendered on the server for people, phones,
 * search engines and screen readers (no script). Every answer is the same for
 * everyone (read as an anonymous caller), so a proxy may keep it: it carries an
 * ETag and Last-Modified from the approved figures and must be revalidated,
 * which costs one read of the figures and no rendering when nothing changed.
 */
import { Router, type Request, type Response } from "express";
import type { DataSource } from "typeorm";
import type { Logger } from "../../logger";
import { openDataCsv, openDataJson } from "./open-data";
import { PUBLIC_CSS } from "./public-page.css";
import {
  anonymousContext,
  loadProgress,
  loadPublicData,
  type PublicData,
} from "./public-page.data";
import { langOf, words } from "./public-page.i18n";
import { renderIndex, renderTarget } from "./public-page.render";

/** Proxies may store it, but must ask again each time (a 304 when nothing was approved since). */
const CACHE_CONTROL = "public, no-cache";

/** Sets the validators; true when the caller's copy is current (the answer is then a 304). */
function fresh(req: Request, res: Response, data: PublicData, variant: string): boolean {
  const etag = data.etag.replace(/"$/, `-${variant}"`);
  res.setHeader("cache-control", CACHE_CONTROL);
  res.setHeader("etag", etag);
  if (data.lastModified) res.setHeader("last-modified", data.lastModified.toUTCString());
  const match = req.headers["if-none-match"];
  if (match) return match.split(",").some((t) => t.trim() === etag);
  const since = req.headers["if-modified-since"];
  return (
    !!since &&
    !!data.lastModified &&
    Math.floor(data.lastModified.getTime() / 1000) * 1000 <= Date.parse(since)
  );
}

export function publicPageRouter(db: DataSource, primaryDb: DataSource, log: Logger): Router {
  const router = Router();
  const context = (res: Response) =>
    anonymousContext(db, primaryDb, log, res.locals.requestId as string);

  const handle =
    (serve: (req: Request, res: Response, data: PublicData) => Promise<void> | void) =>
    async (req: Request, res: Response) => {
      try {
        const ctx = context(res);
        const data = await loadPublicData(ctx);
        if (!data) {
          res
            .status(404)
            .type("text/plain; charset=utf-8")
            .send("Chưa có nghị quyết nào (no resolution yet)");
          return;
        }
        await serve(req, res, data);
      } catch (error) {
        log.error({ err: error, requestId: res.locals.requestId }, "public page failed");
        res
          .status(500)
          .type("text/plain; charset=utf-8")
          .send(`Lỗi máy chủ nội bộ (internal server error), mã yêu cầu ${res.locals.requestId}`);
      }
    };

  router.get("/style.css", (_req, res) => {
    res.setHeader("cache-control", "public, max-age=3600");
    res.type("text/css; charset=utf-8").send(PUBLIC_CSS);
  });

  router.get(
    "/so-lieu.json",
    handle((req, res, data) => {
      if (fresh(req, res, data, "json")) return void res.status(304).end();
      res.type("application/json; charset=utf-8").send(openDataJson(data));
    }),
  );

  router.get(
    "/so-lieu.csv",
    handle((req, res, data) => {
      if (fresh(req, res, data, "csv")) return void res.status(304).end();
      res.setHeader("content-disposition", 'attachment; filename="so-lieu-da-duyet.csv"');
      res.type("text/csv; charset=utf-8").send(openDataCsv(data));
    }),
  );

  router.get(
    ["/", "/en"],
    handle(async (req, res, data) => {
      const lang = req.path === "/en" ? "en" : langOf(req.query.lang);
      if (fresh(req, res, data, lang)) return void res.status(304).end();
      const progress = await loadProgress(context(res), data);
      res.setHeader("content-language", lang);
      res.type("text/html; charset=utf-8").send(renderIndex(lang, { data, ...progress }));
    }),
  );

  router.get(
    "/chi-tieu/:number",
    handle(async (req, res, data) => {
      const lang = langOf(req.query.lang);
      const number = String(req.params.number);
      const target = /^\d{1,4}$/.test(number)
        ? data.targets.find((t) => t.number === Number(number))
        : undefined;
      if (!target) {
        res.status(404).type("text/plain; charset=utf-8").send(words[lang].notFound);
        return;
      }
      if (fresh(req, res, data, `${lang}-${target.number}`)) return void res.status(304).end();
      const progress = await loadProgress(context(res), data);
      res.setHeader("content-language", lang);
      res.type("text/html; charset=utf-8").send(renderTarget(lang, { data, ...progress }, target));
    }),
  );
  return router;
}
