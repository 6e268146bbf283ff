/**
 * A small bar chart as inline SVG (no script, no style attribute, so it needs
 * nothing from a Content-Security-Policy): one bar per year, the goal as a
 * line (or a band for a range). It carries a <title> and <desc> for screen
 * readers; the page also prints the same figures as a table.
 */
import { esc } from "./html";

export interface ChartPoint {
  label: string;
  value: number;
  /** The value as the reader should read it ("7,5%"). */
  text: string;
}

export interface ChartInput {
  title: string;
  description: string;
  points: ChartPoint[];
  goalMin?: number | null;
  goalMax?: number | null;
}

const WIDTH = 320;
const HEIGHT = 140;
const PAD = { top: 18, right: 8, bottom: 22, left: 8 };

/** Maps [lo, hi] onto the plot's height; a flat range still gets a scale. */
function scaleFor(values: number[]): (v: number) => number {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  const plot = HEIGHT - PAD.top - PAD.bottom;
  return (v) => PAD.top + plot - ((v - lo) / span) * plot;
}

export function barChart(input: ChartInput): string {
  const goals = [input.goalMin, input.goalMax].filter(
    (g): g is number => typeof g === "number" && Number.isFinite(g),
  );
  const values = input.points.map((p) => p.value).filter(Number.isFinite);
  const y = scaleFor([...values, ...goals]);
  const n = Math.max(input.points.length, 1);
  const slot = (WIDTH - PAD.left - PAD.right) / n;
  const barWidth = Math.min(40, slot * 0.6);
  const parts: string[] = [];
  input.points.forEach((p, i) => {
    if (!Number.isFinite(p.value)) return;
    const x = PAD.left + slot * i + (slot - barWidth) / 2;
    const top = Math.min(y(p.value), y(0));
    const height = Math.max(1, Math.abs(y(0) - y(p.value)));
    const cx = (x + barWidth / 2).toFixed(1);
    parts.push(
      `<rect class="bar" x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${height.toFixed(1)}"/>`,
      `<text x="${cx}" y="${(top - 4).toFixed(1)}" text-anchor="middle">${esc(p.text)}</text>`,
      `<text x="${cx}" y="${HEIGHT - 6}" text-anchor="middle">${esc(p.label)}</text>`,
    );
  });
  if (goals.length === 2 && goals[0] !== goals[1]) {
    const top = y(Math.max(...goals));
    const bottom = y(Math.min(...goals));
    parts.unshift(
      `<rect class="goal-band" x="${PAD.left}" y="${top.toFixed(1)}" width="${WIDTH - PAD.left - PAD.right}" height="${Math.max(1, bottom - top).toFixed(1)}"/>`,
    );
  } else if (goals.length > 0) {
    const gy = y(goals[0]).toFixed(1);
    parts.push(
      `<line class="goal" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${gy}" y2="${gy}"/>`,
    );
  }
  return (
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="` +
    `${idOf(input.title)}-t ${idOf(input.title)}-d" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${idOf(input.title)}-t">${esc(input.title)}</title>` +
    `<desc id="${idOf(input.title)}-d">${esc(input.description)}</desc>` +
    parts.join("") +
    `</svg>`
  );
}

/** An id usable in aria-labelledby, derived from the title (unique per indicator on a page). */
function idOf(title: string): string {
  let hash = 0;
  for (const c of title) hash = (hash * 31 + c.codePointAt(0)!) >>> 0;
  return `c${hash.toString(36)}`;
}
