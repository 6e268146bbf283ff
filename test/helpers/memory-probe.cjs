/**
 * Preloaded into a spawned server by the memory test (NODE_OPTIONS
 * "--expose-gc --require"): on SIGUSR2 it collects garbage and prints the
 * process's memory as a JSON line the test reads from stdout.
 */
process.on("SIGUSR2", () => {
  global.gc();
  global.gc();
  const m = process.memoryUsage();
  process.stdout.write(
    JSON.stringify({ msg: "memory", rss: m.rss, heapUsed: m.heapUsed, external: m.external }) +
      "\n",
  );
});
