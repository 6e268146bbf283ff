/**
 * Requests fired without pause across SIGTERM, on a spawned server (the
 * built main.js, embedded database): every request the server accepted is
 * answered, none meets a closed pool; after the listener closes, new
 * connections are refused (not accepted, so not dropped).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnServer, type ServerProcess } from "./helpers/process";

const QUERY = JSON.stringify({ query: "{ allTargets(perPage: 20) { id number title } }" });

type Outcome = "answered" | "refused" | "dropped";

async function fire(url: string): Promise<{ outcome: Outcome; detail?: string }> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: QUERY,
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (response.status === 200 && !body.errors) return { outcome: "answered" };
    return { outcome: "dropped", detail: `${response.status} ${JSON.stringify(body)}` };
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code === "ECONNREFUSED") return { outcome: "refused" };
    return { outcome: "dropped", detail: `${code ?? ""} ${String(error)}` };
  }
}

describe("graceful shutdown under load", () => {
  let server: ServerProcess | undefined;
  let dataDir: string | undefined;
  afterAll(async () => {
    if (server && server.child.exitCode === null) await server.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers every request it accepted across SIGTERM and exits 0", async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "drain-"));
    server = await spawnServer({ DATA_DIR: dataDir });
    const { url, child } = server;
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    const counts: Record<Outcome, number> = { answered: 0, refused: 0, dropped: 0 };
    const dropped: string[] = [];
    let signalled = 0;
    let answeredAfterSignal = 0;
    const loop = async () => {
      for (;;) {
        const { outcome, detail } = await fire(url);
        counts[outcome]++;
        if (outcome === "dropped") dropped.push(detail ?? "");
        if (outcome === "answered" && signalled && Date.now() > signalled) answeredAfterSignal++;
        if (outcome === "refused") return;
      }
    };
    const loops = Array.from({ length: 10 }, loop);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    signalled = Date.now();
    child.kill("SIGTERM");
    await Promise.all(loops);
    const code = await exited;
    const stopped = Date.now() - signalled;
    const tail = server.logs.slice(-5).map((l) => String(l.msg));
    expect({ dropped, code, tail: dropped.length ? tail : [], stopped: stopped < 10000 }).toEqual({
      dropped: [],
      code: 0,
      tail: [],
      stopped: true,
    });
    expect(counts.dropped).toBe(0);
    expect(answeredAfterSignal).toBeGreaterThan(0);
    const logs = server.logs.map((l) => `${String(l.msg)} ${JSON.stringify(l.err ?? "")}`);
    expect(logs.filter((l) => /pool/i.test(l))).toEqual([]);
  }, 90000);
});
