/**
 * How far the resolution's indicators have been carried out, judged from approved figures.
 * Pure functions: the caller loads the goal, the approved figures known at the as-of date (in
 * the order they became current) and the term, and shows the verdict, the status and the reason
 * (Vietnamese, with an English twin) as they come.
 *
 * Judgement calls, kept here so they can be argued with in one place:
 * - YEAR figures draw the path; a half-year or quarter figure measures something else (GRDP
 *   growth in H1 2021 is not the 2021 growth) and never enters a yearly rate, level or total.
 * - A TERM figure (the statistics office's "bình quân 2021–2025") of an AVERAGE_ANNUAL_RATE or
 *   TERM_TOTAL indicator, once approved, is the term's value: it decides the verdict, even
 *   before the term ends; the yearly figures are still named in the reason.
 * - Figures for years after asOfYear are ignored, so a view "as of 2023" never sees 2024.
 * - A term that has ended without a figure for its last year is not judged from an earlier
 *   year: Chưa có số liệu, with the latest value and the projection in the reason. A failed
 *   year of an EVERY_YEAR indicator stays failed: no later year can undo it.
 * - LESS_THAN ("dưới 3%") is Đạt when strictly below and never Vượt: the goal is itself "below",
 *   and any cut-off for "clearly below" would be invented, not read from the resolution.
 * - Derived numbers (compound averages, projections) are judged at the two decimals they are
 *   shown with, so a reason never says "đạt 7%" next to a Không đạt against a 7% floor.
 *   Reported figures and sums of them are exact decimals and are judged as they are.
 * - A miss smaller than AT_RISK_MARGIN of the goal is "có nguy cơ", a larger one "chậm tiến độ".
 * - A range (BETWEEN) is read by the indicator's direction: HIGHER_IS_BETTER above the range is
 *   Vượt (GRDP growth, the industry share); LOWER_IS_BETTER below it is Vượt and above it Không
 *   đạt (the farm share of GRDP is to fall to 17–18%); WITHIN_RANGE outside it either way is
 *   Không đạt. A one-sided goal carries its direction in its comparator.
 *
 * The folder: `evidence.ts` gathers what counts, `goal.ts` judges a value against the goal,
 * `arithmetic/` reckons each kind's numbers, `wording/` puts them in Vietnamese and English,
 * `indicator-progress.ts` puts the three together, `combine.ts` rolls indicators up.
 */
export { AT_RISK_MARGIN } from "./goal";
export { combineProgress, decidingParts } from "./combine";
export { indicatorProgress } from "./indicator-progress";
export { trackStatusLabel, verdictLabel, verdictLabelEn } from "./labels";
export type { Figure, IndicatorGoal, IndicatorProgress, Term, TrackStatus, Verdict } from "./types";
export { summarySentence, summarySentenceEn, type SummaryCounts } from "./wording/summary-sentence";
