/**
 * Preloaded into a spawned server by the memory test (NODE_OPTIONS
 * "--expose-gc --require"): on SIGUSR2 it collects garbage, waits for the
 * memory that collection freed to leave the process, and prints the process's
 * memory as a JSON line the test reads from stdout.
 *
 * V8 hands the pages a collection empties to a background thread that unmaps
 * them later: RSS read right after gc() still counts them, 30–130 MB more than
 * a second later with nothing else happening (measured 01/12/2026). So the
 * probe collects again every 250 ms until RSS falls by less than 1 MB, and
 * reads the memory the process still holds.
 */
const { readFileSync } = require("node:fs");

const SETTLE_MS = 250;
const SETTLED_BYTES = 1024 * 1024;

/** RssAnon and RssFile of /proc/self/status, in bytes (empty off Linux). */
function rssParts() {
  const parts = {};
  try {
    for (const line of readFileSync("/proc/self/status", "utf8").split("\n")) {
      const m = /^(RssAnon|RssFile):\s+(\d+) kB/.exec(line);
      if (m) parts[m[1] === "RssAnon" ? "rssAnon" : "rssFile"] = Number(m[2]) * 1024;
    }
  } catch {
    // Not Linux: rss alone.
  }
  return parts;
}

async function settle() {
  global.gc();
  global.gc();
  let last = process.memoryUsage.rss();
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    global.gc();
    const rss = process.memoryUsage.rss();
    if (last - rss < SETTLED_BYTES) return;
    last = rss;
  }
}

process.on("SIGUSR2", () => {
  void settle().then(() => {
    const m = process.memoryUsage();
    const reading = {
      msg: "memory",
      rss: m.rss,
      heapUsed: m.heapUsed,
      heapTotal: m.heapTotal,
      external: m.external,
      arrayBuffers: m.arrayBuffers,
      ...rssParts(),
    };
    process.stdout.write(JSON.stringify(reading) + "\n");
  });
});
