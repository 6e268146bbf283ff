/**
 * parseResolutionTargets: the main-targets section of a congress resolution, as officials paste
 * it, read into a draft of targets and indicators for an administrator to correct and confirm.
 * Rule-based, deterministic and offline: the same text always gives the same draft, and every
 * indicator keeps the phrase it was read from and the problems the rules could not settle.
 */
import { Comparator, Direction, IndicatorKind } from "../../common/enums";
import { badInput } from "../../common/errors";
import {
  capitalise,
  cleanName,
  subjectName,
  lowerFirst,
  readComparator,
  readDirection,
  readKind,
  readYear,
} from "./indicator-rules";
import { maskParentheses, scanQuantities, type Quantity } from "./quantity-scanner";
import { splitTargets } from "./target-splitter";
import { compareDecimal } from "./vi-number";

/** The largest text accepted, checked before any work: a whole resolution is about 60 KB. */
export const MAX_RESOLUTION_TEXT_BYTES = 256 * 1024;
export const MIN_TERM_END_YEAR = 1945;
export const MAX_TERM_END_YEAR = 2100;

export interface DraftIndicator {
  phrase: string;
  name: string;
  kind: IndicatorKind;
  comparator: Comparator;
  targetMin: string | null;
  targetMax: string | null;
  unit: string;
  targetYear: number;
  direction: Direction;
  problems: string[];
}

export interface DraftTarget {
  number: number;
  text: string;
  indicators: DraftIndicator[];
  problems: string[];
}

export interface ResolutionDraft {
  targets: DraftTarget[];
}

/** Checks the arguments before any parsing: a clear BAD_USER_INPUT naming the field. */
export function checkParseInput(text: unknown, termEndYear: unknown): void {
  if (typeof text !== "string" || text.trim() === "") {
    throw badInput("text", "Văn bản trống (the text is empty)");
  }
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_RESOLUTION_TEXT_BYTES) {
    throw badInput(
      "text",
      `Văn bản dài ${Math.ceil(bytes / 1024)} KB, tối đa ${MAX_RESOLUTION_TEXT_BYTES / 1024} KB (the text is too long)`,
    );
  }
  // Control characters other than line breaks and tabs mean a binary file or a broken paste.
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/u.test(text)) {
    throw badInput(
      "text",
      "Văn bản có ký tự điều khiển hoặc lỗi mã hóa: hãy dán văn bản thuần (control characters or broken encoding: paste plain text)",
    );
  }
  if (
    typeof termEndYear !== "number" ||
    !Number.isInteger(termEndYear) ||
    termEndYear < MIN_TERM_END_YEAR ||
    termEndYear > MAX_TERM_END_YEAR
  ) {
    throw badInput(
      "termEndYear",
      `Năm cuối nhiệm kỳ phải từ ${MIN_TERM_END_YEAR} đến ${MAX_TERM_END_YEAR} (the term's last year is out of range)`,
    );
  }
}

export function parseResolutionTargets(text: string, termEndYear: number): ResolutionDraft {
  checkParseInput(text, termEndYear);
  const split = splitTargets(text);
  if (split.length === 0) {
    throw badInput(
      "text",
      "Không tìm thấy chỉ tiêu được đánh số như “(1)”, “1.”, “1)”, “a)” hoặc “-” ở đầu dòng (no numbered targets found)",
    );
  }
  const seen = new Set<number>();
  return {
    targets: split.map((t) => {
      const target = readTarget(t.number, t.text, termEndYear);
      if (t.outOfSequence || seen.has(t.number)) {
        target.problems.push(
          `Số thứ tự ${t.number} lặp lại hoặc không liền mạch (the number repeats or skips)`,
        );
      }
      seen.add(t.number);
      return target;
    }),
  };
}

interface Clause {
  text: string;
  /** What the clause shares with its siblings: the heading before ":", "Đến năm 2025", a "trong đó" lead. */
  context: string;
  /** The heading before ":", when the clause's own subject is missing ("Thu nhập …: 60 triệu đồng"). */
  heading: string;
  structure: boolean;
}

const LEADING_YEAR =
  /^(?:phấn đấu\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:năm\s+)?((?:19|20)\d\d)\s*,?\s*/iu;

function stripEnd(text: string): string {
  return text.replace(/[\s.,;:]+$/u, "").trim();
}

/** Splits on ";" and on sentence ends outside parentheses; "trong đó:" opens sub-clauses. */
function splitClauses(body: string): { text: string; lead?: string }[] {
  const masked = maskParentheses(body);
  const pieces: { text: string; lead?: string }[] = [];
  let start = 0;
  let lead: string | undefined;
  const boundary = /;|\.\s+(?=\p{Lu})|,?\s*trong\s+đó\s*:?/giu;
  for (const m of masked.matchAll(boundary)) {
    const piece = body.slice(start, m.index);
    if (piece.trim() !== "") pieces.push({ text: piece, lead });
    if (/trong\s+đó/iu.test(m[0]))
      lead = piece.trim() !== "" ? piece : pieces[pieces.length - 1]?.text;
    else if (!/;/.test(m[0])) lead = undefined;
    start = m.index + m[0].length;
  }
  const last = body.slice(start);
  if (last.trim() !== "") pieces.push({ text: last, lead });
  return pieces;
}

function clausesOf(text: string): Clause[] {
  let body = stripEnd(text);
  let context = "";
  const year = LEADING_YEAR.exec(body);
  if (year) {
    context = year[0];
    body = body.slice(year[0].length);
  }
  let heading = "";
  const masked = maskParentheses(body);
  const colon = masked.indexOf(":");
  if (colon > 0 && scanQuantities(body.slice(0, colon)).length === 0) {
    heading = stripEnd(body.slice(0, colon));
    body = body.slice(colon + 1);
  }
  // "Về xã hội: …" names a topic, not the subject of what follows.
  const topic = /^(?:về|ở)\s/iu.test(heading) ? heading : "";
  if (topic !== "") heading = "";
  const structure = /cơ\s+cấu|t[ỷỉ]\s+trọng/iu.test(heading) || /^cơ\s+cấu/iu.test(body.trim());
  return splitClauses(body).map((piece) => ({
    text: stripEnd(piece.text),
    context: [context, topic, heading, piece.lead ?? ""].join(" "),
    heading,
    structure,
  }));
}

function readTarget(number: number, text: string, termEndYear: number): DraftTarget {
  const indicators: DraftIndicator[] = [];
  for (const clause of clausesOf(text)) indicators.push(...readClause(clause, termEndYear));
  const problems: string[] = [];
  if (indicators.length === 0) {
    problems.push(
      "Không có số đo định lượng: chỉ tiêu định tính, thêm chỉ số bằng tay nếu cần (no measurable figure)",
    );
  }
  return { number, text, indicators, problems };
}

function readClause(clause: Clause, termEndYear: number): DraftIndicator[] {
  const quantities = scanQuantities(clause.text);
  if (quantities.length === 0) return wordedQuantities(clause, clause.text, termEndYear);
  const masked = maskParentheses(clause.text);
  // Several quantities in one clause: the words up to the first comma after a quantity trail
  // it ("… 2.000 doanh nghiệp mới mỗi năm, khu vực tư nhân …"); the next subject starts there.
  const firstComma = (from: number, to: number) => {
    const k = masked.slice(from, to).indexOf(",");
    return k >= 0 ? from + k : -1;
  };
  const starts: number[] = [0];
  const tailEnds: number[] = [];
  for (let i = 1; i < quantities.length; i++) {
    const from = quantities[i - 1].end;
    const comma = firstComma(from, quantities[i].start);
    starts.push(comma >= 0 ? comma + 1 : from);
    tailEnds.push(comma >= 0 ? comma : from);
  }
  const lastEnd = quantities[quantities.length - 1].end;
  const lastComma = firstComma(lastEnd, clause.text.length);
  tailEnds.push(lastComma >= 0 ? lastComma : clause.text.length);
  const parts = quantities.map((q, i) => {
    const subject = subjectName(clause.text.slice(starts[i], q.start));
    const tail = cleanName(clause.text.slice(q.end, tailEnds[i]));
    return { q, subject, tail, segment: clause.text.slice(starts[i], tailEnds[i]) };
  });
  const named = (p: (typeof parts)[number]) => p.subject !== "" || p.tail !== "";
  const own = quantities.length > 1 && parts.every(named);
  const out: DraftIndicator[] = [];
  parts.forEach((part, i) => {
    const phrase = own
      ? stripEnd(part.segment.replace(/^[\s,;]*(?:và\s+)?/u, ""))
      : !named(part) && clause.heading !== ""
        ? `${clause.heading}: ${clause.text}`
        : clause.text;
    // "…, riêng đồng bào … giảm từ 5% trở lên": a "riêng" or "trong đó" item shares the one before.
    const inherits = i > 0 && /^\s*(?:riêng|trong\s+đó)(?!\p{L})/iu.test(part.segment);
    const scope = !own
      ? clause.text
      : inherits
        ? `${parts[i - 1].segment} ${part.segment}`
        : part.segment;
    for (const subject of sharedSubjects(part.subject)) {
      const indicator = build(clause, part.q, subject, part.tail, scope, phrase, termEndYear);
      out.push(...withCriteria(indicator, part.q.criteria));
    }
  });
  // "…, không còn hộ nghèo theo chuẩn nghèo đa chiều": a worded quantity after the last number.
  if (lastComma >= 0)
    out.push(...wordedQuantities(clause, clause.text.slice(lastComma + 1), termEndYear));
  return out;
}

/** "tỷ lệ A và tỷ lệ B đạt 100%": one bound, two indicators. */
function sharedSubjects(subject: string): string[] {
  const m = /^(.+?)\s+và\s+((?:tỷ lệ|số|tổng)\s.+)$/iu.exec(subject);
  return m && cleanName(m[1]).split(" ").length >= 2
    ? [cleanName(m[1]), cleanName(m[2])]
    : [subject];
}

/** "giảm … cả 3 tiêu chí ≥ 5%": the same bound for each unnamed criterion. */
function withCriteria(indicator: DraftIndicator, criteria: number | undefined): DraftIndicator[] {
  if (!criteria || criteria < 2 || criteria > 20) return [indicator];
  return Array.from({ length: criteria }, (_, k) => ({
    ...indicator,
    name: `${indicator.name} (tiêu chí ${k + 1}/${criteria})`,
    problems: [
      ...indicator.problems,
      `Nghị quyết không nêu tên ${criteria} tiêu chí: đặt tên từng chỉ số (the ${criteria} criteria are not named)`,
    ],
  }));
}

function unitOf(q: Quantity, subjectAndContext: string): string {
  let unit = q.unit;
  if (
    /đồng|USD/u.test(unit) &&
    !unit.includes("/người") &&
    /đầu\s+người/iu.test(subjectAndContext)
  ) {
    const [money, ...per] = unit.split("/");
    const perYear = /đầu\s+người\s*\/\s*năm/iu.test(subjectAndContext) && !per.includes("năm");
    unit = [money, "người", ...per, ...(perYear ? ["năm"] : [])].join("/");
  }
  return unit;
}

function build(
  clause: Clause,
  q: Quantity,
  subject: string,
  tail: string,
  segment: string,
  phrase: string,
  termEndYear: number,
): DraftIndicator {
  const problems: string[] = [];
  const own = subject !== "" ? subject : clause.heading !== "" ? cleanName(clause.heading) : "";
  const context = maskParentheses(`${clause.context} ${segment}`);
  const kind = readKind(context, q);
  problems.push(...kind.problems);
  const cmp = readComparator(q, `${own} ${tail} ${clause.heading}`, clause.structure);
  problems.push(...cmp.problems);
  const dir = readDirection(cmp.comparator, `${clause.heading} ${segment}`, own, clause.structure);
  problems.push(...dir.problems);
  const unit = unitOf(q, `${own} ${clause.context}`);
  const stated = readYear(context);
  const targetYear = stated ?? termEndYear;
  if (stated !== undefined && stated < termEndYear) {
    problems.push(
      `Mốc năm ${stated} sớm hơn năm cuối nhiệm kỳ ${termEndYear} (a deadline before the term's last year)`,
    );
  } else if (stated !== undefined && stated > termEndYear) {
    problems.push(
      `Mốc năm ${stated} sau nhiệm kỳ kết thúc năm ${termEndYear} (a target beyond the term)`,
    );
  }
  if (q.low.englishDecimal || q.high?.englishDecimal) {
    problems.push(
      "Số viết dấu chấm thập phân kiểu Anh: đã đọc “7.5” là 7,5 (a decimal point read the English way)",
    );
  }
  if (q.outOf) {
    problems.push(
      `“${q.low.value}/${q.outOf}”: ${q.low.value} trên tổng số ${q.outOf}; mục tiêu đọc là ${q.low.value} (a count out of a total)`,
    );
  }
  if (unit === "") problems.push("Không rõ đơn vị (no unit)");
  if (
    cmp.targetMin !== null &&
    cmp.targetMax !== null &&
    compareDecimal(cmp.targetMin, cmp.targetMax) > 0
  ) {
    problems.push("Cận dưới lớn hơn cận trên (the range is reversed)");
  }
  let name = own;
  if (name === "") {
    // "100% dân số tham gia bảo hiểm y tế", "có 8/8 xã được công nhận …": the name follows.
    name =
      unit === "%"
        ? tail !== ""
          ? `tỷ lệ ${tail}`
          : ""
        : unit !== ""
          ? [`số ${unit.replace("/vạn dân", " trên 1 vạn dân")}`, tail].filter(Boolean).join(" ")
          : tail;
  } else if (tail !== "" && !own.includes(" ")) {
    name = `${own} ${tail}`; // "xóa 100% nhà tạm"
  } else if (clause.structure && !/^(?:tỷ trọng|cơ cấu)/iu.test(name)) {
    name = `Tỷ trọng ${lowerFirst(name)}`;
  }
  if (name === "") problems.push("Không rõ tên chỉ số (no name)");
  return {
    phrase,
    name: capitalise(name),
    kind: kind.kind,
    comparator: cmp.comparator,
    targetMin: cmp.targetMin,
    targetMax: cmp.targetMax,
    unit,
    targetYear,
    direction: dir.direction,
    problems,
  };
}

/** Zero and 100% in words: "không còn hộ nghèo", "tất cả các chi bộ … hoàn thành tốt nhiệm vụ". */
function wordedQuantities(clause: Clause, text: string, termEndYear: number): DraftIndicator[] {
  const context = maskParentheses(`${clause.context} ${text}`);
  const year = readYear(context);
  const targetYear = year ?? termEndYear;
  const kind = /(?:hằng|hàng|mỗi)\s+năm/iu.test(context)
    ? IndicatorKind.EVERY_YEAR
    : IndicatorKind.END_OF_TERM_LEVEL;
  const phrase = stripEnd(text.replace(/^[\s,;]*(?:và\s+)?/u, ""));
  const none = /không\s+còn\s+([\p{L}\s]+?)(?=\s*(?:[,;.(]|\s+và\s+|$))/iu.exec(text);
  if (none) {
    const noun = none[1].trim();
    return [
      {
        phrase,
        name: capitalise(`số ${noun}`),
        kind,
        comparator: Comparator.AT_MOST,
        targetMin: null,
        targetMax: "0",
        unit: noun.split(" ")[0],
        targetYear,
        direction: Direction.LOWER_IS_BETTER,
        problems: [
          "Số 0 viết bằng chữ (“không còn”): kiểm tra đơn vị (zero in words: check the unit)",
        ],
      },
    ];
  }
  const all = /(?:tất\s+cả|toàn\s+bộ)\s+(?:các\s+)?([^,;.]+)/iu.exec(text);
  if (all) {
    return [
      {
        phrase,
        name: capitalise(`tỷ lệ ${cleanName(all[1].replace(/\s+đều(?!\p{L})/u, ""))}`),
        kind,
        comparator: Comparator.AT_LEAST,
        targetMin: "100",
        targetMax: null,
        unit: "%",
        targetYear,
        direction: Direction.HIGHER_IS_BETTER,
        problems: ["100% viết bằng chữ (“tất cả”, “toàn bộ”): kiểm tra tên chỉ số (100% in words)"],
      },
    ];
  }
  return [];
}
