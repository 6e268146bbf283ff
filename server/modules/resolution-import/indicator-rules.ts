/**
 * The reading rules of an indicator: its kind, comparator, direction, target year and name,
 * from the words of the resolution. Each rule is a phrase officials use; what a rule cannot
 * decide is returned as a problem for the person who reviews the draft.
 */
import { Comparator, Direction, IndicatorKind } from "../../common/enums";
import type { Quantity } from "./quantity-scanner";

const has = (re: RegExp, text: string) => re.test(text);

/** "bình quân" as an average rate, not "bình quân đầu người" (per head). */
const AVERAGE =
  /(?:bình quân|trung bình)(?!\s*(?:thu nhập\s+)?(?:đầu người|một người|1 người|\/\s*người))/iu;
const EVERY_YEAR =
  /(?:hằng|hàng|mỗi)\s+năm|so\s+(?:với\s+)?năm\s+trước|năm\s+sau\s+cao\s+hơn\s+năm\s+trước/iu;
const TERM_TOTAL =
  /cả\s+giai\s+đoạn|cả\s+nhiệm\s+kỳ|trong\s+nhiệm\s+kỳ|lũy\s+kế|cộng\s+dồn|(?<!bình\s+quân\s+)(?<!\p{L})(?:\d+|năm)\s+năm(?!\s*\d)|vốn\s+đầu\s+tư/iu;
const TOTAL = /(?<!\p{L})tổng(?!\p{L})/iu;
const PERIOD = /(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ)\s+(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d/iu;

export interface KindReading {
  kind: IndicatorKind;
  problems: string[];
}

/** `context`: the clause and what it shares (its heading, "Đến năm 2025", "trong đó" lead). */
export function readKind(context: string, q: Quantity): KindReading {
  const percent = q.unit === "%";
  const average = has(AVERAGE, context);
  if (percent && (average || (q.perYear && /tăng|giảm/iu.test(context)))) {
    return {
      kind: IndicatorKind.AVERAGE_ANNUAL_RATE,
      problems: average
        ? []
        : [
            "“%/năm” không ghi “bình quân”: đọc là tốc độ bình quân (read as an average annual rate)",
          ],
    };
  }
  if (has(TERM_TOTAL, context) || (has(TOTAL, context) && has(PERIOD, context))) {
    return { kind: IndicatorKind.TERM_TOTAL, problems: [] };
  }
  if (has(EVERY_YEAR, context) || q.perYear) {
    return {
      kind: IndicatorKind.EVERY_YEAR,
      problems: average
        ? [
            "“bình quân hằng năm” của một lượng: đọc là ngưỡng mỗi năm, kiểm tra lại (an average per year, read as a yearly threshold)",
          ]
        : [],
    };
  }
  return { kind: IndicatorKind.END_OF_TERM_LEVEL, problems: [] };
}

/** The year the goal is set for: "đến năm 2025", "đến 2025", "thời kỳ 2021-2025", "năm 2025". */
export function readYear(context: string): number | undefined {
  const by = /(?:đến|tới|vào)\s+(?:hết\s+|cuối\s+)?(?:năm\s+)?((?:19|20)\d\d)(?!\d)/iu.exec(
    context,
  );
  if (by) return Number(by[1]);
  const period =
    /(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ)\s+(?:19|20)\d\d\s*[-–—]\s*((?:19|20)\d\d)/iu.exec(
      context,
    );
  if (period) return Number(period[1]);
  const year = /năm\s+((?:19|20)\d\d)(?!\d)/iu.exec(context);
  return year ? Number(year[1]) : undefined;
}

const AT_LEAST_WORDS = new Set([
  "≥",
  ">=",
  ">",
  "ít nhất",
  "tối thiểu",
  "không dưới",
  "không thấp hơn",
  "trên",
  "hơn",
  "cao hơn",
  "đạt trên",
]);
const AT_MOST_WORDS = new Set([
  "≤",
  "<=",
  "không quá",
  "không vượt quá",
  "tối đa",
  "giảm xuống còn",
  "giảm xuống",
  "giảm còn",
  "xuống còn",
  "còn",
]);
const LESS_THAN_WORDS = new Set([
  "<",
  "dưới",
  "còn dưới",
  "xuống dưới",
  "xuống còn dưới",
  "giảm còn dưới",
  "giảm xuống dưới",
  "giảm xuống còn dưới",
  "thấp hơn",
]);

export interface ComparatorReading {
  comparator: Comparator;
  targetMin: string | null;
  targetMax: string | null;
  problems: string[];
}

/** Subjects where a plain "đạt X" may well be a ceiling rather than a floor. */
const LOWER_SUBJECT =
  /hộ nghèo|cận nghèo|tai nạn|tội phạm|phạm pháp|ô nhiễm|suy dinh dưỡng|tỷ suất sinh|tăng dân số|lao động nông nghiệp|thất nghiệp|tử vong|nợ xấu|ma túy/iu;

export function readComparator(
  q: Quantity,
  subject: string,
  structure: boolean,
): ComparatorReading {
  const problems: string[] = [];
  const low = q.low.value;
  const about = q.before === "khoảng" || q.before === "trên dưới";
  if (about) {
    problems.push(
      `“${q.before}”: mức xấp xỉ, đọc là mức cần đạt, cần xác nhận (about: read as a level to reach; confirm)`,
    );
  }
  if (q.high) {
    const high = q.high.value;
    return { comparator: Comparator.BETWEEN, targetMin: low, targetMax: high, problems };
  }
  if (q.after === "trở lên") {
    return { comparator: Comparator.AT_LEAST, targetMin: low, targetMax: null, problems };
  }
  if (q.after === "trở xuống") {
    return { comparator: Comparator.AT_MOST, targetMin: null, targetMax: low, problems };
  }
  if (AT_LEAST_WORDS.has(q.before)) {
    return { comparator: Comparator.AT_LEAST, targetMin: low, targetMax: null, problems };
  }
  if (AT_MOST_WORDS.has(q.before)) {
    return { comparator: Comparator.AT_MOST, targetMin: null, targetMax: low, problems };
  }
  if (LESS_THAN_WORDS.has(q.before)) {
    return { comparator: Comparator.LESS_THAN, targetMin: null, targetMax: low, problems };
  }
  // "đạt", "là", ":", "khoảng" or nothing: a level to reach.
  // A share the resolution wants to fall ("lao động nông nghiệp", the farm share of a structure)
  // or a harm ("hộ nghèo", "tai nạn") with no bound word: a ceiling, said so. Not "giảm … X",
  // where X is the size of the reduction.
  const farmShare = structure && /nông|lâm nghiệp|thủy sản|thuỷ sản/iu.test(subject);
  if ((farmShare || LOWER_SUBJECT.test(subject)) && !/(?<!\p{L})giảm(?!\p{L})/iu.test(subject)) {
    problems.push(
      "Không có từ chỉ ngưỡng: đọc là mức trần (không vượt quá), cần xác nhận (no bound word: read as a ceiling; confirm)",
    );
    return { comparator: Comparator.AT_MOST, targetMin: null, targetMax: low, problems };
  }
  return { comparator: Comparator.AT_LEAST, targetMin: low, targetMax: null, problems };
}

export interface DirectionReading {
  direction: Direction;
  problems: string[];
}

/**
 * Lower is better where the resolution says so of a level: "dưới", "còn", "không quá", "không
 * còn", "giảm xuống"; and, in an economic structure ("Cơ cấu kinh tế"), the farm share, which the resolution
 * wants to fall. The product-tax share of a structure is to stay within its range.
 */
export function readDirection(
  comparator: Comparator,
  segment: string,
  subject: string,
  structure: boolean,
): DirectionReading {
  if (structure && /thuế sản phẩm/iu.test(subject)) {
    return { direction: Direction.WITHIN_RANGE, problems: [] };
  }
  if (structure && /nông|lâm nghiệp|thủy sản|thuỷ sản/iu.test(subject)) {
    return { direction: Direction.LOWER_IS_BETTER, problems: [] };
  }
  if (comparator === Comparator.AT_MOST || comparator === Comparator.LESS_THAN) {
    return { direction: Direction.LOWER_IS_BETTER, problems: [] };
  }
  // "giảm … ≥ 5%", "giảm bình quân 4 – 5%/năm": the figure is the size of the reduction, so a
  // larger one is better, as the seed reads target 15 (AT_LEAST 5, HIGHER_IS_BETTER); a level
  // to fall to ("giảm xuống còn 2%", "dưới 4%") is AT_MOST and lower is better, above.
  if (/(?<!\p{L})giảm(?!\p{L})/iu.test(segment)) {
    return {
      direction: Direction.HIGHER_IS_BETTER,
      problems: [
        "“giảm … X”: số liệu là mức giảm (giảm càng nhiều càng tốt), kiểm tra chiều tốt hơn (the figure is the size of a reduction, larger is better: check the direction)",
      ],
    };
  }
  return { direction: Direction.HIGHER_IS_BETTER, problems: [] };
}

/** The name of an indicator from the words before its number. */
export function cleanName(text: string, keepTime = false): string {
  const t = keepTime ? text.replace(/\s+/g, " ").trim() : stripTime(text);
  // "Về xây dựng Đảng, …", "Ở lĩnh vực kinh tế, …": the topic, not the indicator.
  return trimWords(t.replace(/^(?:về|ở)\s+(?:lĩnh\s+vực\s+)?[^,:]{1,40}[,:]\s*/iu, ""));
}

/** A subject's name; when the time is all there is ("giai đoạn 2026-2030 đạt trên 8,5%"), that. */
export function subjectName(text: string): string {
  const name = cleanName(text);
  if (name !== "") return name;
  const time = cleanName(text, true);
  return /(?:giai\s+đoạn|thời\s+kỳ)\s+(?:19|20)\d\d/iu.test(time) ? time : "";
}

function trimWords(text: string): string {
  let t = text;
  for (;;) {
    const before = t;
    t = t
      .replace(/^(?:[,;:–—-]\s*|(?:và|có|đạt|phấn đấu|trong đó)(?!\p{L})\s*)/iu, "")
      .replace(
        /(?:\s*[,:;–—-]|\s+(?:là|đạt|có|từ|ở mức|bằng|khoảng|đều|chiếm|duy trì|phấn đấu|duy trì mức))$/iu,
        "",
      )
      .trim();
    if (t === before) break;
  }
  return t;
}

function stripTime(text: string): string {
  return (
    text
      .replace(/\([^()]*\d[^()]*\)/gu, " ")
      .replace(/(?:đến|tới|vào)\s+(?:hết\s+|cuối\s+)?(?:năm\s+)?(?:19|20)\d\d(?!\d)/giu, " ")
      .replace(
        /(?:trong\s+)?(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ)\s+(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d/giu,
        " ",
      )
      .replace(/năm\s+(?:19|20)\d\d(?!\d)/giu, " ")
      .replace(/(?:hằng|hàng|mỗi)\s+năm/giu, " ")
      .replace(/cả\s+giai\s+đoạn/giu, " ")
      .replace(/cả\s+\d+\s+tiêu\s+chí/giu, " ")
      .replace(/\s+/g, " ")
      .trim()
      // "Về xây dựng Đảng, …", "Ở lĩnh vực kinh tế, …": the topic, not the indicator.
      .replace(/^(?:về|ở)\s+(?:lĩnh\s+vực\s+)?[^,:]{1,40}[,:]\s*/iu, "")
  );
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}
