/** Numbers and dates of the public page: the Vietnamese way in Vietnamese, the English way in English. */
import { vietnamDate } from "../../common/dates";
import { formatNumberVi, formatRangeVi, formatWithUnitVi } from "../../common/format-vi";
import { Comparator } from "../../common/enums";
import type { Indicator } from "../indicator/indicator.entity";
import type { Lang } from "./public-page.i18n";

const EN = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

function unitOf(text: string, unit: string): string {
  const u = unit.trim();
  if (!u) return text;
  return u.startsWith("%") ? `${text}${u}` : `${text} ${u}`;
}

export function formatValue(lang: Lang, value: number, unit: string): string {
  return lang === "vi" ? formatWithUnitVi(value, unit) : unitOf(EN.format(value), unit);
}

/** dd/mm/yyyy from YYYY-MM-DD, or from an instant (its day in Vietnam). */
export function formatDate(date: string | Date): string {
  const iso = typeof date === "string" ? date : vietnamDate(date);
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

const SIGN: Record<Comparator, string> = {
  [Comparator.AT_LEAST]: "≥",
  [Comparator.AT_MOST]: "≤",
  [Comparator.LESS_THAN]: "<",
  [Comparator.BETWEEN]: "",
};

/** "≥ 65%", "7–7,5%": the goal as a reader compares a figure with it. */
export function formatGoal(lang: Lang, i: Indicator): string {
  const min = i.targetMin === null ? null : Number(i.targetMin);
  const max = i.targetMax === null ? null : Number(i.targetMax);
  if (min !== null && max !== null && min !== max) {
    return lang === "vi"
      ? formatRangeVi(min, max, i.unit)
      : unitOf(`${EN.format(min)}–${EN.format(max)}`, i.unit);
  }
  const value = min ?? max;
  if (value === null) return "—";
  const sign = SIGN[i.comparator];
  return `${sign ? sign + " " : ""}${formatValue(lang, value, i.unit)}`;
}

export function formatNumber(lang: Lang, value: number, maxFractionDigits = 2): string {
  return lang === "vi"
    ? formatNumberVi(value, maxFractionDigits)
    : new Intl.NumberFormat("en-US", { maximumFractionDigits: maxFractionDigits }).format(value);
}
