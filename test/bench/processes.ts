/**
 * Child processes of the benchmark: started with their output in a log file, awaited
 * until they answer, and always stopped (SIGTERM, then SIGKILL), each by its own pid.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export interface Child {
  name: string;
  process: ChildProcess;
  logFile: string;
  exited: Promise<number | null>;
}

const running = new Set<Child>();

export function startChild(
  name: string,
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd: string; logDir: string },
): Child {
  const logFile = path.join(options.logDir, `${name}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<number | null>((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.once("error", () => resolve(-1));
  });
  const entry: Child = { name, process: child, logFile, exited };
  running.add(entry);
  void exited.then(() => running.delete(entry));
  return entry;
}

export function tail(child: Child, lines = 30): string {
  try {
    return readFileSync(child.logFile, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

export async function stopChild(child: Child, graceMs = 8000): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  child.process.kill("SIGTERM");
  const timer = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), graceMs));
  if ((await Promise.race([child.exited, timer])) === "timeout") {
    child.process.kill("SIGKILL");
    await child.exited;
  }
}

/** Stops every child still running: on success, on failure and on a signal. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((c) => stopChild(c)));
}

/** Synchronous last resort (process 'exit'): SIGKILL whatever is left. */
export function killAllNow(): void {
  for (const c of running) {
    if (c.process.exitCode === null && c.process.signalCode === null) c.process.kill("SIGKILL");
  }
}

export async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** Polls `probe` until it answers true, the child exits, or `timeoutMs` passes. */
export async function waitUntil(
  child: Child,
  probe: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null) {
      throw new Error(`${child.name} exited (${child.process.exitCode}):\n${tail(child)}`);
    }
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${child.name} did not become ready in ${timeoutMs / 1000} s:\n${tail(child)}`);
}

/** Runs a command to completion with a time limit, its output passed through. */
export async function runToCompletion(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd: string; timeoutMs: number },
): Promise<number | null> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: "inherit" });
  const entry: Child = {
    name: path.basename(args[0] ?? command),
    process: child,
    logFile: "",
    exited: new Promise((resolve) => child.once("exit", (code) => resolve(code))),
  };
  running.add(entry);
  const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs);
  try {
    return await entry.exited;
  } finally {
    clearTimeout(timer);
    running.delete(entry);
  }
}
