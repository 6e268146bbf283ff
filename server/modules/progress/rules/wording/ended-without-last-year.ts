/**
 * The term is over and its last year has no figure. The reason keeps what is known: "Năm 2025
 * chưa có số liệu; năm 2024 đạt 4.200.000 lượt người, dự báo 4.500.000 lượt người".
 */
import { IndicatorKind } from "../../../../common/enums";
import type { Evidence } from "../evidence";
import type { Outcome } from "../types";
import { formatDerived, formatFigure, leadingClauses, type Bi } from "./bilingual";

/** `yearly` is the kind's own account of the years so far; its verdict words are left out. */
export function endedWithoutLastYearClauses(
  evidence: Evidence,
  kind: IndicatorKind,
  projected: number | null,
  yearly: Outcome,
): Bi[] {
  const { goal, values, term } = evidence;
  const head: Bi = {
    vi: `Năm ${term.endYear} chưa có số liệu`,
    en: `No figure for ${term.endYear}`,
  };
  if (kind !== IndicatorKind.END_OF_TERM_LEVEL) return [head, leadingClauses(yearly, 2)];
  const latest = values[values.length - 1];
  const v = formatFigure(latest.value, goal.unit);
  const p = projected === null ? null : formatDerived(projected, goal.unit);
  return [
    head,
    {
      vi: `năm ${latest.year} đạt ${v.vi}` + (p ? `, dự báo ${p.vi}` : ""),
      en: `${latest.year} reached ${v.en}` + (p ? `, projected ${p.en}` : ""),
    },
  ];
}
