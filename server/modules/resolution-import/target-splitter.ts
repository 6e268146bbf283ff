/**
 * Splits the main-targets section of a resolution into its numbered targets, the way officials
 * paste it: "(1)", "1.", "1)", "a)", "-" or "–" at the start of a line; a target may run over
 * several lines; headings ("1.4. …", "I. Về kinh tế (11 chỉ tiêu)", "- Về văn hóa – xã hội:")
 * and the sentence that introduces the list are not targets. A list flattened into one line
 * ("… 16%. 2. Thu nhập …") is split where the next number in sequence starts a sentence.
 */

export type MarkerStyle = "paren" | "dot" | "rparen" | "letter" | "dash";

export interface SplitTarget {
  number: number;
  /** The target's text, whitespace normalised, without its marker. */
  text: string;
  /** The number as written differs from the sequence (a gap or a repeat). */
  outOfSequence: boolean;
}

const MARKERS: [MarkerStyle, RegExp][] = [
  ["paren", /^\((\d{1,3})\)\s*/],
  ["dot", /^(\d{1,3})\.(?!\d)\s*/],
  ["rparen", /^(\d{1,3})\)\s*/],
  ["letter", /^([a-zđ])\)\s*/],
  ["dash", /^[-–—+•]\s*/],
];

/** "1.4.", "2.1", "I.", "II-", "IV)" and "Về kinh tế:" headings. */
const HEADING = /^(?:\d+\.\d+(?:\.\d+)*\.?(?!\d)|[IVXL]+\s*[.\-–)])\s*/;
const TOPIC_HEADING =
  /^(?:[-–—+•]\s*)?(?:Về|Nhóm|Lĩnh vực|Chỉ tiêu về|Các chỉ tiêu)(?!\p{L})[^:]{0,80}:?\s*$/iu;

function markerOf(line: string): { style: MarkerStyle; number?: number; rest: string } | null {
  for (const [style, re] of MARKERS) {
    const m = re.exec(line);
    if (!m) continue;
    const rest = line.slice(m[0].length);
    if (rest === "") return null;
    const number =
      style === "letter" ? m[1].charCodeAt(0) - 96 : style === "dash" ? undefined : Number(m[1]);
    return { style, number, rest };
  }
  return null;
}

function isHeading(line: string): boolean {
  return HEADING.test(line) || TOPIC_HEADING.test(line);
}

const INLINE: Partial<Record<MarkerStyle, (n: number) => RegExp>> = {
  paren: (n) => new RegExp(String.raw`\s\(${n}\)\s*(?=\p{Lu})`, "u"),
  dot: (n) => new RegExp(String.raw`(?<=[.;:%)\p{L}\d”"])\s+${n}\.\s+(?=\p{Lu})`, "u"),
  rparen: (n) => new RegExp(String.raw`\s${n}\)\s*(?=\p{Lu})`, "u"),
};

/** Splits "… 16%. 2. Thu nhập …" where the next number in sequence starts a sentence. */
function splitInline(style: MarkerStyle, number: number, text: string): [number, string][] {
  const make = INLINE[style];
  if (!make) return [[number, text]];
  const parts: [number, string][] = [];
  let current = number;
  let rest = text;
  for (;;) {
    const m = make(current + 1).exec(rest);
    if (!m) break;
    parts.push([current, rest.slice(0, m.index)]);
    rest = rest.slice(m.index + m[0].length);
    current += 1;
  }
  parts.push([current, rest]);
  return parts;
}

export function splitTargets(text: string): SplitTarget[] {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/[\s\u00a0\u200b]+/g, " ").trim())
    .filter((l) => l !== "");
  let style: MarkerStyle | null = null;
  const raw: { number: number; parts: string[] }[] = [];
  let seq = 0;
  for (const line of lines) {
    const marker = markerOf(line);
    const heading = isHeading(line);
    if (heading && !(marker && style && marker.style === style && !TOPIC_HEADING.test(line))) {
      // A heading closes the current target: what follows belongs to the next one.
      if (raw.length) raw.push({ number: -1, parts: [] });
      continue;
    }
    if (marker && (style === null || marker.style === style)) {
      style ??= marker.style;
      seq += 1;
      raw.push({ number: marker.number ?? seq, parts: [marker.rest] });
      continue;
    }
    // A sub-item of another style, or a continuation line, belongs to the current target.
    const last = raw[raw.length - 1];
    if (last && last.number !== -1) last.parts.push(line);
  }
  const targets: SplitTarget[] = [];
  let expected = 0;
  for (const item of raw) {
    if (item.number === -1) continue;
    const joined = item.parts.join(" ").trim();
    for (const [number, part] of splitInline(style!, item.number, joined)) {
      const body = part.trim();
      if (body === "") continue;
      // The numbering may restart under each heading ("I. … 1. 2. II. … 1."): number on.
      const renumber = style === "dash" || number <= expected;
      const n = renumber ? expected + 1 : number;
      // A paste may start anywhere in the list ("5. …"); after that, a gap is worth a look.
      const gap = targets.length > 0 && !renumber && n !== expected + 1;
      targets.push({ number: n, text: body, outOfSequence: gap });
      expected = n;
    }
  }
  return targets;
}
