/**
 * Security headers on every answer (helmet): a Content-Security-Policy that
 * the built admin and the offline GraphQL IDE run under (scripts and
 * connections only to this server, no framing), nosniff, no referrer to
 * other sites. Kept apart from app.ts so the HTTP setup stays readable.
 */
import type { RequestHandler } from "express";
import helmet from "helmet";

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        // MUI (emotion) and GraphiQL insert <style> elements at run time.
        "style-src": ["'self'", "'unsafe-inline'"],
        // The favicon is a data: URL; charts and downloads use blob: URLs.
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        // GraphiQL's editor runs its language services in workers.
        "worker-src": ["'self'", "blob:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
      },
    },
    // The same-origin panel needs nothing else; integrators call /graphql from servers.
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "same-origin" },
    // HTTPS is the proxy's business (docs/deployment.md); over plain HTTP these would break the site.
    strictTransportSecurity: false,
  });
}

/**
 * The headers `securityHeaders()` sets, in its order: they depend on nothing in the request,
 * so the compiled answers served before the app (server/read/direct.ts) send the same ones.
 */
export function securityHeaderList(): [string, string][] {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader: (name: string, value: string) => void headers.push([name, String(value)]),
    removeHeader: () => undefined,
  };
  let done = false;
  securityHeaders()({} as never, recorder as never, () => void (done = true));
  if (!done) throw new Error("helmet did not finish synchronously");
  return headers;
}
