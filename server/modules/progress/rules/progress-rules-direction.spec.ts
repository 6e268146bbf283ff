/** Direction of a range, whole-term figures and later versions of a period (issue 11). */
import {
  Comparator,
  Direction,
  IndicatorKind,
  PeriodType,
  UnitKind,
  ValueKind,
} from "../../../common/enums";
import { decidingParts, indicatorProgress, type Figure, type IndicatorGoal } from ".";

const TERM = { startYear: 2020, endYear: 2025 };
const { ESTIMATE, OFFICIAL } = ValueKind;

function share(min: string, max: string, direction: Direction): IndicatorGoal {
  return {
    kind: IndicatorKind.END_OF_TERM_LEVEL,
    comparator: Comparator.BETWEEN,
    direction,
    targetMin: min,
    targetMax: max,
    unit: "%",
    unitKind: UnitKind.PERCENT,
    baselineYear: null,
    baselineValue: null,
  };
}

const fig = (
  year: number,
  value: string,
  valueKind = OFFICIAL,
  period = PeriodType.YEAR,
): Figure => ({
  year,
  period,
  value,
  valueKind,
});

describe("a range judged by the indicator's direction", () => {
  it.each<[string, Direction, string, string, string, string]>([
    [
      "2.a farm share 20,28% against 17–18%, to fall",
      Direction.LOWER_IS_BETTER,
      "17",
      "18",
      "20.28",
      "NOT_MET",
    ],
    [
      "farm share 16,5% below 17–18%, to fall",
      Direction.LOWER_IS_BETTER,
      "17",
      "18",
      "16.5",
      "EXCEEDED",
    ],
    ["farm share 17,5% inside 17–18%", Direction.LOWER_IS_BETTER, "17", "18", "17.5", "MET"],
    [
      "2.b industry share 28,33% against 25–26%, to grow",
      Direction.HIGHER_IS_BETTER,
      "25",
      "26",
      "28.33",
      "EXCEEDED",
    ],
    ["industry share 24% below 25–26%", Direction.HIGHER_IS_BETTER, "25", "26", "24", "NOT_MET"],
    ["2.d product taxes 4,21% inside 4–5%", Direction.WITHIN_RANGE, "4", "5", "4.21", "MET"],
    ["product taxes 5,5% above 4–5%", Direction.WITHIN_RANGE, "4", "5", "5.5", "NOT_MET"],
    ["product taxes 3,5% below 4–5%", Direction.WITHIN_RANGE, "4", "5", "3.5", "NOT_MET"],
  ])("%s → %s", (_name, direction, min, max, value, verdict) => {
    const progress = indicatorProgress(share(min, max, direction), [fig(2025, value)], TERM, 2026);
    expect(progress.verdict).toBe(verdict);
  });

  it("says why a farm share above its range is Không đạt", () => {
    const progress = indicatorProgress(
      share("17", "18", Direction.LOWER_IS_BETTER),
      [fig(2025, "20.51", ESTIMATE), fig(2025, "20.28", OFFICIAL)],
      TERM,
      2026,
    );
    expect(progress.reason).toBe(
      "Số liệu năm 2025 là 20,28%, không đạt mục tiêu 17–18% (cao hơn mức 18%).",
    );
    expect(progress.reasonEn).toBe(
      "The 2025 figure is 20.28%, short of the goal of 17–18% (above 18%).",
    );
  });

  it("while the term runs, a share to fall needs to fall", () => {
    const progress = indicatorProgress(
      share("17", "18", Direction.LOWER_IS_BETTER),
      [fig(2023, "22"), fig(2024, "21.51", ESTIMATE)],
      TERM,
      2024,
    );
    expect(progress.verdict).toBe("NOT_MET");
    // From 21,51 to 18 in one year.
    expect(progress.neededPerYear).toBeCloseTo(-3.51, 6);
    expect(progress.reason).toContain("cần giảm bình quân 3,51 điểm phần trăm/năm");
  });
});

describe("later versions of a period", () => {
  it("the later estimate replaces the earlier one, and the official figure both", () => {
    const goal = share("17", "18", Direction.LOWER_IS_BETTER);
    const september = [fig(2025, "20.51", ESTIMATE)];
    expect(indicatorProgress(goal, september, TERM, 2025).valueSoFar).toBe(20.51);
    const december = [...september, fig(2025, "19.9", ESTIMATE)];
    expect(indicatorProgress(goal, december, TERM, 2025).valueSoFar).toBe(19.9);
    const january = [...december, fig(2025, "20.28", OFFICIAL)];
    expect(indicatorProgress(goal, january, TERM, 2026).valueSoFar).toBe(20.28);
  });
});

describe("a whole-term (TERM) figure", () => {
  const growth: IndicatorGoal = {
    kind: IndicatorKind.AVERAGE_ANNUAL_RATE,
    comparator: Comparator.BETWEEN,
    direction: Direction.HIGHER_IS_BETTER,
    targetMin: "7",
    targetMax: "7.5",
    unit: "%",
    unitKind: UnitKind.CHANGE_RATE,
    baselineYear: null,
    baselineValue: null,
  };
  // 1.a as reported: 2022 7,22; 2023 7,0; 2024 6,01 (their average is 6,74%, below 7%).
  const years = [fig(2022, "7.22"), fig(2023, "7.0", ESTIMATE), fig(2024, "6.01", ESTIMATE)];

  it("decides the verdict of an average rate, the yearly path still in the reason", () => {
    const yearlyOnly = indicatorProgress(growth, years, TERM, 2025);
    expect(yearlyOnly.verdict).toBe("NOT_MET");
    const withTerm = indicatorProgress(
      growth,
      [...years, fig(2025, "7.1", ESTIMATE, PeriodType.TERM)],
      TERM,
      2025,
    );
    expect(withTerm.verdict).toBe("MET");
    expect(withTerm.termFigure).toBe(true);
    expect(withTerm.status).toBeNull();
    expect(withTerm.valueSoFar).toBe(7.1);
    expect(withTerm.yearsCounted).toEqual([2022, 2023, 2024]);
    expect(withTerm.reason).toBe(
      "Số liệu cả nhiệm kỳ (ước tính): bình quân 2021–2025 đạt 7,1%/năm, trong khoảng mục tiêu 7–7,5%; " +
        "theo số liệu từng năm: tăng trưởng bình quân 2022–2024 đạt 6,74%/năm, chưa đạt mục tiêu 7–7,5%.",
    );
    expect(withTerm.reasonEn).toContain("Whole-term figure (estimate)");
  });

  it("is not seen before its year, and an official one beats an estimate", () => {
    const term = fig(2025, "7.1", ESTIMATE, PeriodType.TERM);
    expect(indicatorProgress(growth, [...years, term], TERM, 2024).termFigure).toBe(false);
    const official = fig(2025, "6.9", OFFICIAL, PeriodType.TERM);
    const progress = indicatorProgress(growth, [official, term], TERM, 2026);
    expect(progress.valueSoFar).toBe(6.9);
    expect(progress.verdict).toBe("NOT_MET");
  });

  it("means nothing for an end-of-term level", () => {
    const progress = indicatorProgress(
      share("17", "18", Direction.LOWER_IS_BETTER),
      [fig(2025, "10", OFFICIAL, PeriodType.TERM)],
      TERM,
      2026,
    );
    expect(progress.verdict).toBe("NO_DATA");
  });
});

describe("decidingParts", () => {
  it("names the parts whose verdict is the target's", () => {
    const parts = [
      { code: "2.a", verdict: "NOT_MET" as const },
      { code: "2.b", verdict: "EXCEEDED" as const },
      { code: "2.c", verdict: "NOT_MET" as const },
      { code: "2.d", verdict: "MET" as const },
    ];
    expect(decidingParts(parts).map((p) => p.code)).toEqual(["2.a", "2.c"]);
  });
});
