/**
 * GraphQL answers, downloads and the public page are compressed when the client asks for it
 * (a provincial connection reads a 20 KB target list as a few KB); small answers are not.
 */
import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { startTestServer, type TestServer } from "./helpers/server";

interface Raw {
  status: number;
  encoding: string | undefined;
  body: Buffer;
}

function send(url: string, options: { method?: string; body?: string; encoding: string }) {
  return new Promise<Raw>((resolve, reject) => {
    const req = request(
      url,
      {
        method: options.method ?? "GET",
        headers: {
          "accept-encoding": options.encoding,
          ...(options.body ? { "content-type": "application/json" } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            encoding: res.headers["content-encoding"],
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

const TARGETS = JSON.stringify({
  query: "{ allTargets(perPage: 100) { id number title titleEn text } }",
});

describe("compressed answers", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t?.close());

  it("gzips a large GraphQL answer for a client that accepts gzip", async () => {
    const raw = await send(`${t.url}/graphql`, { method: "POST", body: TARGETS, encoding: "gzip" });
    expect(raw.status).toBe(200);
    expect(raw.encoding).toBe("gzip");
    const text = gunzipSync(raw.body).toString("utf8");
    expect(raw.body.length).toBeLessThan(text.length / 2);
    expect(JSON.parse(text).data.allTargets).toHaveLength(20);
  });

  it("prefers brotli when offered, and sends identity to a client that asks for none", async () => {
    const br = await send(`${t.url}/graphql`, { method: "POST", body: TARGETS, encoding: "br" });
    expect(br.encoding).toBe("br");
    expect(JSON.parse(brotliDecompressSync(br.body).toString("utf8")).data.allTargets).toHaveLength(
      20,
    );
    const plain = await send(`${t.url}/graphql`, {
      method: "POST",
      body: TARGETS,
      encoding: "identity",
    });
    expect(plain.encoding).toBeUndefined();
    expect(JSON.parse(plain.body.toString("utf8")).data.allTargets).toHaveLength(20);
  });

  it("leaves a small answer uncompressed", async () => {
    const small = JSON.stringify({ query: "{ allTargets(perPage: 1) { id } }" });
    const raw = await send(`${t.url}/graphql`, { method: "POST", body: small, encoding: "gzip" });
    expect(raw.status).toBe(200);
    expect(raw.encoding).toBeUndefined();
  });

  it("compresses the public page and the CSV downloads", async () => {
    const page = await send(`${t.url}/cong-khai`, { encoding: "gzip" });
    expect(page.status).toBe(200);
    expect(page.encoding).toBe("gzip");
    expect(gunzipSync(page.body).toString("utf8")).toContain("Lạng Sơn");
    const csv = await send(`${t.url}/exports/Target.csv`, { encoding: "gzip" });
    expect(csv.status).toBe(200);
    expect(csv.encoding).toBe("gzip");
    expect(gunzipSync(csv.body).toString("utf8")).toContain("Đại hội");
  });
});
