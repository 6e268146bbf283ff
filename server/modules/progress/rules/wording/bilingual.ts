/** Numbers, years and sentences in Vietnamese with an English twin. */
import { formatWithUnitVi } from "../../../../common/format-vi";
import { formatNumber } from "../../../../common/numbers";
import { DERIVED_DIGITS, FIGURE_DIGITS } from "../goal";

/** A text in both languages. */
export interface Bi {
  vi: string;
  en: string;
}

export function enNumber(value: number, digits: number): string {
  return formatNumber(value, "en", digits);
}

export function withUnitEn(text: string, unit: string): string {
  const trimmed = unit.trim();
  if (trimmed === "") return text;
  if (trimmed.startsWith("%")) return `${text}${trimmed}`;
  return `${text} ${trimmed}`;
}

function bi(value: number, unit: string, digits: number): Bi {
  return {
    vi: formatWithUnitVi(value, unit, digits),
    en: withUnitEn(enNumber(value, digits), unit),
  };
}

/** A reported figure, at the precision it was reported with. */
export function formatFigure(value: number, unit: string): Bi {
  return bi(value, unit, FIGURE_DIGITS);
}

/** A derived number (average, projection), at the precision it is judged with. */
export function formatDerived(value: number, unit: string): Bi {
  return bi(value, unit, DERIVED_DIGITS);
}

/** A derived number with a unit already in both languages ("%/năm", "%/year"). */
export function derivedPerYear(value: number, unit: Bi): Bi {
  return {
    vi: formatWithUnitVi(value, unit.vi, DERIVED_DIGITS),
    en: withUnitEn(enNumber(value, DERIVED_DIGITS), unit.en),
  };
}

/** The unit of a yearly change: a change of a percentage is in percentage points. */
export function changeUnit(unit: string): Bi {
  return unit.trim() === "%"
    ? { vi: "điểm phần trăm", en: "percentage points" }
    : { vi: unit, en: unit };
}

export function perYear(unit: string): Bi {
  const trimmed = unit.trim();
  return trimmed === ""
    ? { vi: "mỗi năm", en: "a year" }
    : { vi: `${trimmed}/năm`, en: `${trimmed}/year` };
}

function consecutive(years: number[]): boolean {
  return years.every((year, i) => i === 0 || year === years[i - 1] + 1);
}

/** "2021–2025" for three or more consecutive years, else "2021 và 2022", "2021, 2023 và 2024". */
function yearList(years: number[], and: string): string {
  if (years.length >= 3 && consecutive(years)) return `${years[0]}–${years[years.length - 1]}`;
  if (years.length <= 1) return years.map(String).join("");
  return `${years.slice(0, -1).join(", ")} ${and} ${years[years.length - 1]}`;
}

/** "năm 2021" or "các năm 2021–2023". */
export function yearsNoun(years: number[]): Bi {
  return years.length === 1
    ? { vi: `năm ${years[0]}`, en: `${years[0]}` }
    : { vi: `các năm ${yearList(years, "và")}`, en: `${yearList(years, "and")}` };
}

/** A period as the resolution writes it, "2022–2025" (even for two years), else "các năm …". */
export function periodOf(years: number[]): Bi {
  if (years.length >= 2 && consecutive(years)) {
    const text = `${years[0]}–${years[years.length - 1]}`;
    return { vi: text, en: text };
  }
  return yearsNoun(years);
}

/** "2021–2025": the years of a term that count. */
export function termPeriod(term: { startYear: number; endYear: number }): string {
  return `${term.startYear + 1}–${term.endYear}`;
}

/** "Ít nhất 7,5%/năm" for the uncounted years, worded the way the goal points. */
export function neededClause(noun: Bi, count: number, lowerIsBetter: boolean, rate: Bi): Bi {
  return {
    vi: `${noun.vi} cần bình quân ${lowerIsBetter ? "không quá" : "ít nhất"} ${rate.vi}`,
    en: `${noun.en} need${count === 1 ? "s" : ""} an average of ${lowerIsBetter ? "at most" : "at least"} ${rate.en}`,
  };
}

export function missingClause(years: number[]): Bi {
  const noun = yearsNoun(years);
  return {
    vi: `${noun.vi} chưa có số liệu cả năm`,
    en: `no full-year figure for ${noun.en}`,
  };
}

export function join(a: Bi, sep: string, b: Bi): Bi {
  return { vi: `${a.vi}${sep}${b.vi}`, en: `${a.en}${sep}${b.en}` };
}

function upperFirst(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

/** Clauses joined the way an official sentence runs: "…; …; …." */
export function sentence(clauses: Bi[]): { reason: string; reasonEn: string } {
  const joined = (texts: string[]) =>
    `${upperFirst(texts.filter((clause) => clause !== "").join("; "))}.`;
  return { reason: joined(clauses.map((c) => c.vi)), reasonEn: joined(clauses.map((c) => c.en)) };
}

/** The first `count` clauses of a worded reason, as a clause of another sentence. */
export function leadingClauses(worded: { reason: string; reasonEn: string }, count: number): Bi {
  const lead = (text: string) =>
    lowerFirst(text.split("; ").slice(0, count).join("; ").replace(/\.$/, ""));
  return { vi: lead(worded.reason), en: lead(worded.reasonEn) };
}
