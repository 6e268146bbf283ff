/**
 * The resolution parser on a 200 KB text: section 1.4 of the 17th Congress resolution repeated
 * (renumbered) until the text weighs 200 KB, parsed a few times; prints the median. One line of
 * `npm run bench`, and on its own: `npm run bench:parse` (no database, no server).
 */
import { performance } from "node:perf_hooks";
import { parseResolutionTargets } from "../../server/modules/resolution-import/resolution-parser";
import { resolutionSourceText } from "../../server/seed/data/resolution-text";

const TARGET_BYTES = 200 * 1024;
const RUNS = 5;

/** About 200 KB of real targets, numbered (1), (2) … as one long pasted list. */
export function bigResolutionText(bytes = TARGET_BYTES): string {
  const section = resolutionSourceText.slice(
    resolutionSourceText.indexOf("(1) Tốc độ"),
    resolutionSourceText.indexOf("II.Thông qua"),
  );
  const items = section
    .split(/\n+/)
    .map((line) => line.trim().replace(/^\(\d+\)\s*/, ""))
    .filter((line) => line !== "");
  const lines: string[] = [];
  let size = 0;
  for (let n = 1; size < bytes; n++) {
    const line = `(${n}) ${items[(n - 1) % items.length]}\n`;
    if (size + Buffer.byteLength(line) > bytes) break;
    lines.push(line);
    size += Buffer.byteLength(line);
  }
  return lines.join("");
}

export interface ParseBenchResult {
  kilobytes: number;
  targets: number;
  indicators: number;
  medianMs: number;
  maxMs: number;
}

export function benchParse(): ParseBenchResult {
  const text = bigResolutionText();
  const times: number[] = [];
  let targets = 0;
  let indicators = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const draft = parseResolutionTargets(text, 2025);
    times.push(performance.now() - t0);
    targets = draft.targets.length;
    indicators = draft.targets.reduce((sum, t) => sum + t.indicators.length, 0);
  }
  times.sort((a, b) => a - b);
  return {
    kilobytes: Math.round(Buffer.byteLength(text) / 1024),
    targets,
    indicators,
    medianMs: times[Math.floor(RUNS / 2)],
    maxMs: times[RUNS - 1],
  };
}

export function parseBenchLine(r: ParseBenchResult): string {
  return `parseResolutionTargets: ${r.kilobytes} KB, ${r.targets} chỉ tiêu (targets), ${r.indicators} chỉ số (indicators) — median ${r.medianMs.toFixed(0)} ms, max ${r.maxMs.toFixed(0)} ms of ${RUNS} runs (goal < 1000 ms)`;
}

if (require.main === module) {
  console.log(parseBenchLine(benchParse()));
}
