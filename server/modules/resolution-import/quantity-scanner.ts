/**
 * Finds the quantities of one clause: a number or a range, its unit, and the bound words around
 * it ("≥ 5%", "từ 7 – 7,5%", "dưới 3%", "25 đảng viên trở lên"). Numbers that are not targets
 * are skipped: years ("đến năm 2025", "giai đoạn 2016 – 2020"), counts of the resolution's own
 * items ("17 chỉ tiêu", "cả 3 tiêu chí"), durations ("5 năm"), the denominator of "3/4 trường",
 * "trên 1 vạn dân", document numbers ("18-NQ/TW") and dates.
 */
import { NUMBER_SOURCE, parseViNumber, type ParsedNumber } from "./vi-number";

export interface Quantity {
  /** Offsets in the clause: where the bound words before the number start, where it ends. */
  start: number;
  numberStart: number;
  end: number;
  low: ParsedNumber;
  /** The upper end of a range. */
  high?: ParsedNumber;
  /** "3/4 trường": 4. */
  outOf?: string;
  unit: string;
  /** Bound words before the number ("≥", "không quá", "từ", "đạt") or after ("trở lên"). */
  before: string;
  after: string;
  /** "%/năm": a rate per year. */
  perYear: boolean;
  /** "cả 3 tiêu chí": the same bound for 3 unnamed criteria. */
  criteria?: number;
}

/** Longest first: the unit as the resolution writes it. */
const UNITS = [
  "nghìn tỷ đồng",
  "ngàn tỷ đồng",
  "triệu đồng",
  "tỷ đồng",
  "nghìn đồng",
  "triệu USD",
  "tỷ USD",
  "USD",
  "lượt người",
  "lượt khách",
  "lượt",
  "hợp tác xã",
  "doanh nghiệp",
  "đảng viên",
  "giường bệnh",
  "bác sỹ",
  "bác sĩ",
  "lao động",
  "sản phẩm",
  "công trình",
  "chi bộ",
  "thị trấn",
  "trường",
  "phường",
  "thôn",
  "bản",
  "xã",
  "hộ",
  "người",
  "ha",
  "km",
  "tấn",
  "m2",
  "cơ sở",
  "điểm",
  "di tích",
  "nhà",
  "căn",
  "tuổi",
].sort((a, b) => b.length - a.length);

const UNIT_RE = new RegExp(
  `^\\s*(${UNITS.map((u) => u.replace(/ /g, "\\s+")).join("|")})(?![\\p{L}\\d])`,
  "iu",
);
const PER_POPULATION =
  /^\s*(?:\/|trên)\s*(?:1\s+|01\s+|một\s+)?vạn\s+dân|^\s*(?:\/|trên)\s*10\.000\s+dân/iu;
const PER_UNIT = /^\s*\/\s*(người\s*\/\s*năm|người|năm|ha|hộ|tháng)(?![\p{L}])/iu;

const BOUND_BEFORE =
  /(≥|>=|≤|<=|<|>|=|ít nhất|tối thiểu|không dưới|không thấp hơn|không quá|không vượt quá|tối đa|giảm xuống còn dưới|giảm xuống còn|giảm xuống dưới|giảm xuống|giảm còn dưới|giảm còn|xuống còn dưới|xuống còn|xuống dưới|còn dưới|còn|dưới|thấp hơn|trên|hơn|cao hơn|đạt trên|đạt|là|khoảng|trên dưới|từ|bằng|:)\s*$/iu;
const BOUND_AFTER = /^\s*(trở lên|trở xuống|trở lại)/iu;

const NUMBER_G = new RegExp(`(?<![\\d.,/\\p{L}])(?:${NUMBER_SOURCE})(?![\\d\\p{L}])`, "gu");
const RANGE = new RegExp(`^\\s*%?\\s*(?:–|-|—|đến|tới)\\s*(${NUMBER_SOURCE})(?![\\d])`, "iu");
const NOT_TARGET_AFTER =
  /^\s*(?:chỉ tiêu|nhóm chỉ tiêu|tiêu chí|khâu đột phá|đột phá|nhiệm vụ|giải pháp|lần|năm(?!\s*\d)|tháng|quý|[-/][A-ZĐ])/u;
const YEAR_BEFORE =
  /(?:năm|đến|tới|giai đoạn|thời kỳ|nhiệm kỳ|kỳ|từ|cuối|đầu|–|-|—|\/|so với)\s*$/iu;
const DATE = /^\d{1,2}\/\d{1,2}\/\d{4}/;

/** The clause with its parentheses blanked out (same length), so "(8 xã)" is not a quantity. */
export function maskParentheses(clause: string): string {
  let depth = 0;
  let out = "";
  for (const ch of clause) {
    if (ch === "(") depth += 1;
    out += depth > 0 ? " ".repeat(ch.length) : ch;
    if (ch === ")" && depth > 0) depth -= 1;
  }
  return out;
}

function isYear(masked: string, index: number, digits: string): boolean {
  if (!/^(19|20|21)\d\d$/.test(digits)) return false;
  const before = masked.slice(Math.max(0, index - 14), index);
  const after = masked.slice(index + digits.length);
  return (
    YEAR_BEFORE.test(before) || /^\s*[-–—]\s*(19|20|21)\d\d/.test(after) || !UNIT_RE.test(after)
  );
}

export function scanQuantities(clause: string): Quantity[] {
  const masked = maskParentheses(clause);
  const found: Quantity[] = [];
  let consumedTo = 0;
  let pendingCriteria: number | undefined;
  for (const m of masked.matchAll(NUMBER_G)) {
    const index = m.index;
    if (index < consumedTo) continue;
    const digits = m[0];
    const after = masked.slice(index + digits.length);
    const before = masked.slice(Math.max(0, index - 24), index);
    if (DATE.test(masked.slice(index)) || isYear(masked, index, digits)) continue;
    if (/(?:\/|trên)\s*(?:1\s+)?$/.test(before) && /^\s*vạn\s+dân/iu.test(after)) continue;
    if (/(?:trên|\/)\s*$/.test(before) && digits === "10.000" && /^\s*dân/iu.test(after)) continue;
    const criteria = /^\s*tiêu chí/iu.test(after) && /cả\s*$/iu.test(before);
    if (criteria) {
      pendingCriteria = Number(digits);
      continue;
    }
    if (/(?:số|Chỉ thị|Nghị quyết|Quyết định|Kết luận)\s*$/iu.test(before)) continue;
    if (NOT_TARGET_AFTER.test(after)) continue;
    let end = index + digits.length;
    let high: ParsedNumber | undefined;
    let outOf: string | undefined;
    const range = RANGE.exec(after);
    if (range && !/^(19|20)\d\d$/.test(range[1])) {
      high = parseViNumber(range[1]);
      end += range[0].length;
    } else {
      const fraction = /^\/(\d+)/.exec(after);
      if (fraction && !DATE.test(masked.slice(index))) {
        outOf = parseViNumber(fraction[1]).value;
        end += fraction[0].length;
      }
    }
    let unit = "";
    let perYear = false;
    let rest = masked.slice(end);
    const percent = /^\s*%/.exec(rest);
    if (percent) {
      unit = "%";
      end += percent[0].length;
      rest = masked.slice(end);
      const year = /^\s*\/\s*năm/iu.exec(rest);
      if (year) {
        perYear = true;
        end += year[0].length;
      }
    } else {
      const u = UNIT_RE.exec(rest);
      const guessed = u ? null : guessUnit(rest);
      if (guessed) {
        unit = guessed.unit;
        end += guessed.length;
      } else if (u) {
        unit = u[1].replace(/\s+/g, " ");
        end += u[0].length;
        rest = masked.slice(end);
        const pop = PER_POPULATION.exec(rest);
        const per = PER_UNIT.exec(rest);
        if (pop) {
          unit += "/vạn dân";
          end += pop[0].length;
        } else if (per) {
          unit += `/${per[1].replace(/\s+/g, "")}`;
          end += per[0].length;
        }
      }
    }
    const bound = BOUND_BEFORE.exec(masked.slice(consumedTo, index));
    const boundAfter = BOUND_AFTER.exec(masked.slice(end));
    if (boundAfter) end += boundAfter[0].length;
    found.push({
      start: bound ? consumedTo + bound.index : index,
      numberStart: index,
      end,
      low: parseViNumber(digits),
      high,
      outOf,
      unit,
      before: bound ? bound[1].toLowerCase() : "",
      after: boundAfter ? boundAfter[1].toLowerCase() : "",
      perYear,
      criteria: pendingCriteria,
    });
    pendingCriteria = undefined;
    consumedTo = end;
  }
  // Shared per-population unit: "11,5 bác sỹ và 32,3 giường bệnh trên 1 vạn dân".
  const tailPop = found.find((q) => q.unit.endsWith("/vạn dân"));
  if (tailPop) {
    for (const q of found) {
      if (q.unit !== "" && q.unit !== "%" && !q.unit.includes("/")) q.unit += "/vạn dân";
    }
  }
  return found;
}

const STOPS = new Set([
  "trở",
  "và",
  "trên",
  "so",
  "đạt",
  "là",
  "trong",
  "của",
  "với",
  "tăng",
  "giảm",
  "đến",
  "năm",
  "theo",
  "được",
  "có",
  "đều",
]);

/** A unit the known list does not hold: the one word after the number, unless a stop word. */
function guessUnit(rest: string): { unit: string; length: number } | null {
  const m = /^\s*(\p{L}+)(?![\p{L}\d])/u.exec(rest);
  if (!m || STOPS.has(m[1].toLowerCase())) return null;
  return { unit: m[1], length: m[0].length };
}
