/**
 * The built admin at /admin and the offline IDE at /graphiql, served for a
 * slow provincial connection: compressed (brotli or gzip, by `compression`),
 * Vite's content-hashed files cached for a year as immutable, and the HTML
 * pages revalidated on every visit so a new release is picked up at once.
 */
import compression from "compression";
import express, { type Response } from "express";
import path from "node:path";

/** Files under assets/ carry a content hash in their name: their bytes never change. */
const IMMUTABLE = "public, max-age=31536000, immutable";
const REVALIDATE = "no-cache";

function setCacheHeaders(res: Response, file: string): void {
  const hashed = file.split(path.sep).includes("assets");
  res.setHeader("Cache-Control", hashed ? IMMUTABLE : REVALIDATE);
}

export function staticAdmin(adminDir: string): express.Router {
  const router = express.Router();
  router.use(["/admin", "/graphiql"], compression());
  router.use(
    "/admin",
    express.static(adminDir, {
      index: "index.html",
      // Cache-Control is set per file below; express's own would say max-age=0.
      cacheControl: false,
      setHeaders: setCacheHeaders,
    }),
  );
  // The offline GraphQL IDE: a page of the admin build, bundled from npm (no CDN).
  router.get("/graphiql", (_req, res) =>
    res.sendFile(path.join(adminDir, "graphiql.html"), {
      cacheControl: false,
      headers: { "Cache-Control": REVALIDATE },
    }),
  );
  return router;
}
