import { Comparator, IndicatorKind, PeriodType, UnitKind, ValueKind } from "../../../common/enums";
import {
  AT_RISK_MARGIN,
  combineProgress,
  type Figure,
  type IndicatorGoal,
  indicatorProgress,
  type IndicatorProgress,
  trackStatusLabel,
  summarySentence,
  type Term,
  type TrackStatus,
  type Verdict,
  verdictLabel,
} from ".";

/** The congress XVII term: 2020 is the base year, 2021–2025 count. */
const TERM: Term = { startYear: 2020, endYear: 2025 };

function fig(
  year: number,
  value: string,
  valueKind: ValueKind = ValueKind.OFFICIAL,
  period: PeriodType = PeriodType.YEAR,
): Figure {
  return { year, period, value, valueKind };
}

/** One OFFICIAL yearly figure per value, from 2021 on. */
function yearly(...values: string[]): Figure[] {
  return values.map((value, i) => fig(2021 + i, value));
}

function goal(
  kind: IndicatorKind,
  comparator: Comparator,
  targetMin: string | null,
  targetMax: string | null,
  unit = "%",
  unitKind: UnitKind = UnitKind.PERCENT,
  baseline: [number, string] | null = null,
): IndicatorGoal {
  return {
    kind,
    comparator,
    targetMin,
    targetMax,
    unit,
    unitKind,
    baselineYear: baseline ? baseline[0] : null,
    baselineValue: baseline ? baseline[1] : null,
  };
}

const { AVERAGE_ANNUAL_RATE, END_OF_TERM_LEVEL, EVERY_YEAR, TERM_TOTAL } = IndicatorKind;
const { AT_LEAST, AT_MOST, LESS_THAN, BETWEEN } = Comparator;

/** Target 1: "Tốc độ tăng trưởng kinh tế (GRDP) bình quân từ 7 – 7,5%". */
const GRDP = goal(AVERAGE_ANNUAL_RATE, BETWEEN, "7", "7.5", "%", UnitKind.CHANGE_RATE);
/** Target 4: "Lượng khách du lịch đến năm 2025 đạt 4.400.000 lượt người". */
const TOURISTS = goal(END_OF_TERM_LEVEL, AT_LEAST, "4400000", null, "lượt người", UnitKind.COUNT);
/** Target 7: "Tổng vốn đầu tư xã hội cả giai đoạn là 166 – 168 nghìn tỷ đồng". */
const INVESTMENT = goal(TERM_TOTAL, BETWEEN, "166", "168", "nghìn tỷ đồng", UnitKind.AMOUNT);
/** Target 14: "Tỷ lệ hộ nghèo đến năm 2025 … là < 3%". */
const POVERTY = goal(END_OF_TERM_LEVEL, LESS_THAN, null, "3");
/** Target 15: "Giảm tai nạn giao thông hằng năm cả 3 tiêu chí ≥ 5%" (one indicator each). */
const TRAFFIC = goal(EVERY_YEAR, AT_LEAST, "5", null, "%", UnitKind.CHANGE_RATE);
/** Target 16: "Trồng rừng mới hằng năm đạt 9.000 ha". */
const PLANTING = goal(EVERY_YEAR, AT_LEAST, "9000", null, "ha", UnitKind.AMOUNT);
/** Target 16: "tỷ lệ che phủ rừng đến năm 2025 đạt 65%". */
const FOREST = goal(END_OF_TERM_LEVEL, AT_LEAST, "65", null);

describe("labels", () => {
  it("uses the province's words", () => {
    expect(verdictLabel).toEqual({
      EXCEEDED: "Vượt",
      MET: "Đạt",
      NOT_MET: "Không đạt",
      NO_DATA: "Chưa có số liệu",
    });
    expect(trackStatusLabel).toEqual({
      ON_TRACK: "Đúng tiến độ",
      AT_RISK: "Có nguy cơ không đạt",
      OFF_TRACK: "Chậm tiến độ",
    });
  });
});

describe("indicatorProgress: verdict for every kind × comparator once the term is decided", () => {
  // All as of 2025 with a 2025 figure, so status is null in every row.
  it.each<[string, IndicatorGoal, Figure[], Verdict]>([
    // AVERAGE_ANNUAL_RATE. Five equal rates r compound to exactly r: ((1+r)^5)^(1/5) − 1 = r.
    [
      "rate ≥ 8, 8 each year = 8",
      goal(AVERAGE_ANNUAL_RATE, AT_LEAST, "8", null),
      yearly("8", "8", "8", "8", "8"),
      "MET",
    ],
    [
      "rate ≥ 8, 9 each year > 8",
      goal(AVERAGE_ANNUAL_RATE, AT_LEAST, "8", null),
      yearly("9", "9", "9", "9", "9"),
      "EXCEEDED",
    ],
    [
      "rate ≥ 8, 7.9 each year",
      goal(AVERAGE_ANNUAL_RATE, AT_LEAST, "8", null),
      yearly("7.9", "7.9", "7.9", "7.9", "7.9"),
      "NOT_MET",
    ],
    [
      "rate ≤ 4, 3 each year < 4",
      goal(AVERAGE_ANNUAL_RATE, AT_MOST, null, "4"),
      yearly("3", "3", "3", "3", "3"),
      "EXCEEDED",
    ],
    [
      "rate ≤ 4, 4 each year = 4",
      goal(AVERAGE_ANNUAL_RATE, AT_MOST, null, "4"),
      yearly("4", "4", "4", "4", "4"),
      "MET",
    ],
    [
      "rate ≤ 4, 5 each year",
      goal(AVERAGE_ANNUAL_RATE, AT_MOST, null, "4"),
      yearly("5", "5", "5", "5", "5"),
      "NOT_MET",
    ],
    [
      "rate < 4, 3 each year: Đạt, never Vượt",
      goal(AVERAGE_ANNUAL_RATE, LESS_THAN, null, "4"),
      yearly("3", "3", "3", "3", "3"),
      "MET",
    ],
    [
      "rate < 4, 4 each year",
      goal(AVERAGE_ANNUAL_RATE, LESS_THAN, null, "4"),
      yearly("4", "4", "4", "4", "4"),
      "NOT_MET",
    ],
    ["rate 7–7.5, 8 each year > 7.5", GRDP, yearly("8", "8", "8", "8", "8"), "EXCEEDED"],
    [
      "rate 7–7.5, 7.5 each year (upper bound inclusive)",
      GRDP,
      yearly("7.5", "7.5", "7.5", "7.5", "7.5"),
      "MET",
    ],
    [
      "rate 7–7.5, 7 each year (lower bound inclusive)",
      GRDP,
      yearly("7", "7", "7", "7", "7"),
      "MET",
    ],
    ["rate 7–7.5, 6.9 each year", GRDP, yearly("6.9", "6.9", "6.9", "6.9", "6.9"), "NOT_MET"],

    // END_OF_TERM_LEVEL: only the 2025 value decides.
    ["level ≥ 65, 2025 at 66", FOREST, [fig(2025, "66")], "EXCEEDED"],
    ["level ≥ 65, 2025 at 65", FOREST, [fig(2025, "65")], "MET"],
    ["level ≥ 65, 2025 at 64.9", FOREST, [fig(2025, "64.9")], "NOT_MET"],
    [
      "level ≥ 65, 2024 at 70 but 2025 at 64",
      FOREST,
      [fig(2024, "70"), fig(2025, "64")],
      "NOT_MET",
    ],
    [
      "level ≤ 3, 2025 at 2.5",
      goal(END_OF_TERM_LEVEL, AT_MOST, null, "3"),
      [fig(2025, "2.5")],
      "EXCEEDED",
    ],
    ["level ≤ 3, 2025 at 3", goal(END_OF_TERM_LEVEL, AT_MOST, null, "3"), [fig(2025, "3")], "MET"],
    [
      "level ≤ 3, 2025 at 3.1",
      goal(END_OF_TERM_LEVEL, AT_MOST, null, "3"),
      [fig(2025, "3.1")],
      "NOT_MET",
    ],
    ["poverty < 3%, 2025 at 2.5: Đạt", POVERTY, [fig(2025, "2.5")], "MET"],
    ["poverty < 3%, 2025 at 0.5: still only Đạt", POVERTY, [fig(2025, "0.5")], "MET"],
    ["poverty < 3%, 2025 at 3: Không đạt", POVERTY, [fig(2025, "3")], "NOT_MET"],
    [
      "industry share 25–26%, 2025 at 28.33",
      goal(END_OF_TERM_LEVEL, BETWEEN, "25", "26"),
      [fig(2025, "28.33")],
      "EXCEEDED",
    ],
    [
      "industry share 25–26%, 2025 at 26",
      goal(END_OF_TERM_LEVEL, BETWEEN, "25", "26"),
      [fig(2025, "26")],
      "MET",
    ],
    [
      "industry share 25–26%, 2025 at 25",
      goal(END_OF_TERM_LEVEL, BETWEEN, "25", "26"),
      [fig(2025, "25")],
      "MET",
    ],
    [
      "industry share 25–26%, 2025 at 24.99",
      goal(END_OF_TERM_LEVEL, BETWEEN, "25", "26"),
      [fig(2025, "24.99")],
      "NOT_MET",
    ],

    // EVERY_YEAR: every counted year against the threshold.
    [
      "≥ 9000 ha, every year above",
      PLANTING,
      yearly("9500", "9200", "9100", "9300", "9001"),
      "EXCEEDED",
    ],
    [
      "≥ 9000 ha, one year exactly 9000",
      PLANTING,
      yearly("9500", "9000", "9100", "9300", "9001"),
      "MET",
    ],
    [
      "≥ 9000 ha, one year at 8999",
      PLANTING,
      yearly("9500", "9200", "8999", "9300", "9001"),
      "NOT_MET",
    ],
    [
      "≤ 3 each year, all below",
      goal(EVERY_YEAR, AT_MOST, null, "3"),
      yearly("2", "2.5", "1", "2.9", "2"),
      "EXCEEDED",
    ],
    [
      "≤ 3 each year, one at 3",
      goal(EVERY_YEAR, AT_MOST, null, "3"),
      yearly("2", "3", "1", "2.9", "2"),
      "MET",
    ],
    [
      "≤ 3 each year, one at 3.01",
      goal(EVERY_YEAR, AT_MOST, null, "3"),
      yearly("2", "3.01", "1", "2.9", "2"),
      "NOT_MET",
    ],
    [
      "< 3 each year, all below: Đạt, never Vượt",
      goal(EVERY_YEAR, LESS_THAN, null, "3"),
      yearly("2", "2.5", "1", "2.9", "2"),
      "MET",
    ],
    [
      "< 3 each year, one at 3",
      goal(EVERY_YEAR, LESS_THAN, null, "3"),
      yearly("2", "3", "1", "2.9", "2"),
      "NOT_MET",
    ],
    [
      "90–95 each year, all above 95",
      goal(EVERY_YEAR, BETWEEN, "90", "95"),
      yearly("96", "97", "95.5", "99", "96"),
      "EXCEEDED",
    ],
    [
      "90–95 each year, one inside",
      goal(EVERY_YEAR, BETWEEN, "90", "95"),
      yearly("96", "92", "95.5", "99", "96"),
      "MET",
    ],
    [
      "90–95 each year, one below",
      goal(EVERY_YEAR, BETWEEN, "90", "95"),
      yearly("96", "92", "89.9", "99", "96"),
      "NOT_MET",
    ],

    // TERM_TOTAL: the sum of the five years.
    // 30 + 33 + 37 + 32 + 35 = 167, inside 166–168.
    ["total 166–168, sum 167", INVESTMENT, yearly("30", "33", "37", "32", "35"), "MET"],
    // 30 + 33 + 37 + 32 + 37 = 169 > 168.
    ["total 166–168, sum 169", INVESTMENT, yearly("30", "33", "37", "32", "37"), "EXCEEDED"],
    // 30 + 33 + 37 + 32 + 33 = 165 < 166.
    ["total 166–168, sum 165", INVESTMENT, yearly("30", "33", "37", "32", "33"), "NOT_MET"],
    // 0.1 × 5 = 0.5 exactly, despite binary floating point.
    [
      "total ≥ 0.5, five times 0.1",
      goal(TERM_TOTAL, AT_LEAST, "0.5", null, "ha", UnitKind.AMOUNT),
      yearly("0.1", "0.1", "0.1", "0.1", "0.1"),
      "MET",
    ],
    [
      "total ≥ 100, sum 101",
      goal(TERM_TOTAL, AT_LEAST, "100", null, "ha", UnitKind.AMOUNT),
      yearly("20", "20", "20", "20", "21"),
      "EXCEEDED",
    ],
    [
      "total ≤ 50, sum 40",
      goal(TERM_TOTAL, AT_MOST, null, "50", "ha", UnitKind.AMOUNT),
      yearly("8", "8", "8", "8", "8"),
      "EXCEEDED",
    ],
    [
      "total ≤ 50, sum 50",
      goal(TERM_TOTAL, AT_MOST, null, "50", "ha", UnitKind.AMOUNT),
      yearly("10", "10", "10", "10", "10"),
      "MET",
    ],
    [
      "total < 50, sum 50",
      goal(TERM_TOTAL, LESS_THAN, null, "50", "ha", UnitKind.AMOUNT),
      yearly("10", "10", "10", "10", "10"),
      "NOT_MET",
    ],
    [
      "total < 50, sum 49",
      goal(TERM_TOTAL, LESS_THAN, null, "50", "ha", UnitKind.AMOUNT),
      yearly("10", "10", "10", "10", "9"),
      "MET",
    ],
  ])("%s → %s", (_name, g, figures, verdict) => {
    const progress = indicatorProgress(g, figures, TERM, 2025);
    expect(progress.verdict).toBe(verdict);
    expect(progress.status).toBeNull();
    expect(progress.neededPerYear).toBeNull();
  });
});

describe("AVERAGE_ANNUAL_RATE", () => {
  it("GRDP as reported: compound 2022–2025, the H1 2021 figure ignored", () => {
    const figures = [
      fig(2021, "6.72", ValueKind.OFFICIAL, PeriodType.H1),
      fig(2022, "7.22", ValueKind.OFFICIAL),
      fig(2023, "7.0", ValueKind.ESTIMATE),
      fig(2024, "6.01", ValueKind.ESTIMATE),
      fig(2025, "8.06", ValueKind.OFFICIAL),
    ];
    const progress = indicatorProgress(GRDP, figures, TERM, 2025);
    // By hand: 1.0722 × 1.07 = 1.147254; × 1.0601 = 1.21620397; × 1.0806 = 1.31423001.
    // Fourth root: ln 1.31423 = 0.273254, / 4 = 0.0683135, e^0.0683135 = 1.070700 → 7.0700%/year,
    // shown as 7.07. (The arithmetic mean would be (7.22 + 7 + 6.01 + 8.06) / 4 = 7.0725.)
    expect(progress.valueSoFar).toBeCloseTo(7.07, 4);
    // 7.07 is inside 7–7.5.
    expect(progress.verdict).toBe("MET");
    // 2025 is reported: the term is decided.
    expect(progress.status).toBeNull();
    expect(progress.projected).toBeNull();
    expect(progress.neededPerYear).toBeNull();
    expect(progress.yearsCounted).toEqual([2022, 2023, 2024, 2025]);
    // The H1 figure is not a yearly figure, so 2021 has none.
    expect(progress.yearsMissing).toEqual([2021]);
    expect(progress.reason).toBe(
      "Tăng trưởng bình quân 2022–2025 đạt 7,07%/năm, trong khoảng mục tiêu 7–7,5%; " +
        "năm 2021 chưa có số liệu cả năm.",
    );
  });

  it("compounds rather than averages: +20% then −6% is 6.21%/year, not 7%", () => {
    const progress = indicatorProgress(GRDP, yearly("20", "-6"), TERM, 2022);
    // 1.20 × 0.94 = 1.128; √1.128 = 1.062073 → 6.21%, below 7 (the arithmetic mean is 7).
    expect(progress.valueSoFar).toBeCloseTo(6.2073, 4);
    expect(progress.verdict).toBe("NOT_MET");
    // Needed over 2023–2025: (1.07^5 / 1.128)^(1/3) − 1. 1.07^5 = 1.402552; / 1.128 = 1.243397;
    // cube root: ln 1.243397 = 0.217850, / 3 = 0.072617, e^0.072617 = 1.075319 → 7.53%.
    expect(progress.neededPerYear).toBeCloseTo(7.53, 2);
    // 7.53 − 7 = 0.53 points above the goal, less than 10% of 7 (0.7): at risk.
    expect(progress.status).toBe("AT_RISK");
  });

  it.each<[string, string, number, Verdict, TrackStatus, string]>([
    // G = 1.068³ = 1.218186; 1.07^5 / G = 1.402552 / 1.218186 = 1.151345; √ = 1.073007 → 7.30.
    // 7.30 − 7 = 0.30 < 0.7 → at risk. Three equal rates average to the same rate, 6.8.
    [
      "6.8",
      "6,8",
      7.3,
      "NOT_MET",
      "AT_RISK",
      "chưa đạt mục tiêu 7–7,5%; các năm 2024 và 2025 cần bình quân ít nhất 7,3%/năm",
    ],
    // G = 1.05³ = 1.157625; 1.402552 / 1.157625 = 1.211577; √ = 1.100717 → 10.07.
    // 10.07 − 7 = 3.07 ≥ 0.7 → off track.
    [
      "5",
      "5",
      10.07,
      "NOT_MET",
      "OFF_TRACK",
      "chưa đạt mục tiêu 7–7,5%; các năm 2024 và 2025 cần bình quân ít nhất 10,07%/năm",
    ],
    // G = 1.072³ = 1.231925; 1.402552 / 1.231925 = 1.138504; √ = 1.067007 → 6.70, below the goal
    // because the first three years are above it; 7.2 is inside the range → on track.
    [
      "7.2",
      "7,2",
      6.7,
      "MET",
      "ON_TRACK",
      "trong khoảng mục tiêu 7–7,5%; các năm 2024 và 2025 cần bình quân ít nhất 6,7%/năm",
    ],
  ])(
    "as of 2023 with 2021–2023 at %s%%: needed rate and status",
    (rate, rateVi, needed, verdict, status, tail) => {
      const progress = indicatorProgress(GRDP, yearly(rate, rate, rate), TERM, 2023);
      expect(progress.valueSoFar).toBeCloseTo(Number(rate), 6);
      expect(progress.neededPerYear).toBeCloseTo(needed, 2);
      expect(progress.verdict).toBe(verdict);
      expect(progress.status).toBe(status);
      expect(progress.yearsCounted).toEqual([2021, 2022, 2023]);
      expect(progress.yearsMissing).toEqual([]);
      expect(progress.reason).toBe(
        `Tăng trưởng bình quân 2021–2023 đạt ${rateVi}%/năm, ${tail} để đạt mục tiêu.`,
      );
    },
  );

  it("a single year of data: that year's rate, and what the other four need", () => {
    const progress = indicatorProgress(GRDP, yearly("7.2"), TERM, 2021);
    expect(progress.valueSoFar).toBeCloseTo(7.2, 6);
    expect(progress.verdict).toBe("MET");
    expect(progress.status).toBe("ON_TRACK");
    // (1.07^5 / 1.072)^(1/4): 1.402552 / 1.072 = 1.308350; √ = 1.143832; √ = 1.069501 → 6.95.
    expect(progress.neededPerYear).toBeCloseTo(6.95, 2);
    expect(progress.reason).toBe(
      "Tăng trưởng năm 2021 đạt 7,2%, trong khoảng mục tiêu 7–7,5%; " +
        "các năm 2022–2025 cần bình quân ít nhất 6,95%/năm để đạt mục tiêu.",
    );
  });

  it("counts a past year with no figure among the years that still need the rate", () => {
    // As of 2023 with 2021 and 2023 at 7%: 2022 may still be reported, so k = 3 (2022, 2024,
    // 2025) and the needed rate is (1.07^5 / 1.07²)^(1/3) − 1 = 7% exactly.
    const progress = indicatorProgress(GRDP, [fig(2021, "7"), fig(2023, "7")], TERM, 2023);
    expect(progress.yearsMissing).toEqual([2022]);
    expect(progress.neededPerYear).toBeCloseTo(7, 6);
    expect(progress.reason).toBe(
      "Tăng trưởng bình quân các năm 2021 và 2023 đạt 7%/năm, trong khoảng mục tiêu 7–7,5%; " +
        "các năm 2022, 2024 và 2025 cần bình quân ít nhất 7%/năm để đạt mục tiêu.",
    );
  });

  it("judges the average at the precision it is shown with", () => {
    // Five years of exactly 8% compound to 8.000000000000007 in floating point; shown as "8%",
    // it must be Đạt against "≥ 8", not Vượt.
    const progress = indicatorProgress(
      goal(AVERAGE_ANNUAL_RATE, AT_LEAST, "8", null),
      yearly("8", "8", "8", "8", "8"),
      TERM,
      2025,
    );
    expect(progress.verdict).toBe("MET");
    expect(progress.reason).toBe("Tăng trưởng bình quân 2021–2025 đạt 8%/năm, bằng mục tiêu 8%.");
  });
});

describe("END_OF_TERM_LEVEL", () => {
  it("tourists as reported: 3.9 and 4.2 million project to 4.5 million in 2025", () => {
    const figures = [
      fig(2023, "3900000", ValueKind.ESTIMATE),
      fig(2024, "4200000", ValueKind.ESTIMATE),
    ];
    const progress = indicatorProgress(TOURISTS, figures, TERM, 2024);
    // The latest value, 4.2 million, is below 4.4 million: not (yet) met.
    expect(progress.verdict).toBe("NOT_MET");
    expect(progress.valueSoFar).toBe(4200000);
    // Line through (2023, 3.9M) and (2024, 4.2M): +0.3M a year → 2025: 4.5M ≥ 4.4M.
    expect(progress.projected).toBeCloseTo(4500000, 6);
    expect(progress.status).toBe("ON_TRACK");
    // (4.4M − 4.2M) / (2025 − 2024) = 200,000 a year.
    expect(progress.neededPerYear).toBeCloseTo(200000, 6);
    expect(progress.yearsMissing).toEqual([2021, 2022]);
    expect(progress.reason).toBe(
      "Số liệu năm 2024 là 4.200.000 lượt người, chưa đạt mục tiêu 4.400.000 lượt người; " +
        "theo xu hướng, năm 2025 ước đạt 4.500.000 lượt người; " +
        "cần tăng bình quân 200.000 lượt người/năm.",
    );
  });

  it("uses the baseline as a point of the trend", () => {
    const forest = { ...FOREST, baselineYear: 2020, baselineValue: "63" };
    const progress = indicatorProgress(forest, [fig(2021, "63.5"), fig(2022, "64")], TERM, 2022);
    // Points (2020, 63), (2021, 63.5), (2022, 64): mean year 2021, mean value 63.5,
    // slope = [(−1)(−0.5) + 0 + (1)(0.5)] / [1 + 0 + 1] = 0.5 → 2025: 63.5 + 4 × 0.5 = 65.5.
    expect(progress.projected).toBeCloseTo(65.5, 6);
    expect(progress.status).toBe("ON_TRACK");
    // (65 − 64) / 3 years = 0.333… points a year.
    expect(progress.neededPerYear).toBeCloseTo(1 / 3, 6);
    expect(progress.reason).toBe(
      "Số liệu năm 2022 là 64%, chưa đạt mục tiêu 65%; theo xu hướng, năm 2025 ước đạt 65,5%; " +
        "cần tăng bình quân 0,33 điểm phần trăm/năm.",
    );
  });

  it.each<[string, [number, string] | null, Figure[], number | null, TrackStatus]>([
    // (2020, 60) → (2022, 61): +0.5 a year → 2025: 62.5; short of 65 by 2.5 < 6.5 (10% of 65).
    ["projection short by less than 10%", [2020, "60"], [fig(2022, "61")], 62.5, "AT_RISK"],
    // (2020, 60) → (2022, 58): −1 a year → 2025: 55; short by 10 ≥ 6.5.
    ["projection short by 10% or more", [2020, "60"], [fig(2022, "58")], 55, "OFF_TRACK"],
    // One point, no trend: the latest 60 stands for 2025; short by 5 < 6.5.
    ["no projection, latest ≥ 90% of the goal", null, [fig(2023, "60")], null, "AT_RISK"],
    // Short by 7 ≥ 6.5.
    ["no projection, latest < 90% of the goal", null, [fig(2023, "58")], null, "OFF_TRACK"],
    // Already at 66 ≥ 65: nothing to catch up.
    ["no projection, latest already meets", null, [fig(2023, "66")], null, "ON_TRACK"],
  ])("status: %s", (_name, baseline, figures, projected, status) => {
    const g = baseline
      ? { ...FOREST, baselineYear: baseline[0], baselineValue: baseline[1] }
      : FOREST;
    const progress = indicatorProgress(g, figures, TERM, 2023);
    if (projected === null) expect(progress.projected).toBeNull();
    else expect(progress.projected).toBeCloseTo(projected, 6);
    expect(progress.status).toBe(status);
  });

  it("the at-risk margin is 10%", () => {
    expect(AT_RISK_MARGIN).toBe(0.1);
  });

  it("says so when there are too few points for a trend", () => {
    const progress = indicatorProgress(FOREST, [fig(2023, "60")], TERM, 2023);
    // (65 − 60) / 2 years = 2.5 points a year.
    expect(progress.neededPerYear).toBeCloseTo(2.5, 6);
    expect(progress.reason).toBe(
      "Số liệu năm 2023 là 60%, chưa đạt mục tiêu 65%; chưa đủ số liệu để ước xu hướng; " +
        "cần tăng bình quân 2,5 điểm phần trăm/năm.",
    );
  });

  it("a share is never projected above 100%", () => {
    const roads = goal(END_OF_TERM_LEVEL, AT_LEAST, "100", null);
    const progress = indicatorProgress(roads, [fig(2021, "90"), fig(2022, "96")], TERM, 2022);
    // +6 a year → 2025: 96 + 3 × 6 = 114, capped at 100, which meets "100%".
    expect(progress.projected).toBe(100);
    expect(progress.status).toBe("ON_TRACK");
  });

  it("lower is better: poverty falling from 5% to 4% is on track for < 3%", () => {
    const progress = indicatorProgress(POVERTY, [fig(2021, "5"), fig(2022, "4")], TERM, 2022);
    // −1 a year → 2025: 4 − 3 = 1 < 3.
    expect(progress.projected).toBeCloseTo(1, 6);
    expect(progress.status).toBe("ON_TRACK");
    expect(progress.verdict).toBe("NOT_MET");
    // (3 − 4) / 3 = −0.333… points a year.
    expect(progress.neededPerYear).toBeCloseTo(-1 / 3, 6);
    expect(progress.reason).toBe(
      "Số liệu năm 2022 là 4%, chưa đạt mục tiêu dưới 3%; theo xu hướng, năm 2025 ước đạt 1%; " +
        "cần giảm bình quân 0,33 điểm phần trăm/năm.",
    );
  });

  it("poverty at 3% in 2025 is Không đạt, with the reason", () => {
    const progress = indicatorProgress(POVERTY, [fig(2025, "3")], TERM, 2025);
    expect(progress.verdict).toBe("NOT_MET");
    expect(progress.reason).toBe("Số liệu năm 2025 là 3%, không đạt mục tiêu dưới 3%.");
  });

  it("poverty at 2.5% in 2025 is Đạt, with the reason", () => {
    const progress = indicatorProgress(POVERTY, [fig(2025, "2.5")], TERM, 2025);
    expect(progress.verdict).toBe("MET");
    expect(progress.reason).toBe("Số liệu năm 2025 là 2,5%, đạt mục tiêu dưới 3%.");
  });

  it("a ceiling names itself in the reason", () => {
    const ceiling = goal(END_OF_TERM_LEVEL, AT_MOST, null, "3");
    expect(indicatorProgress(ceiling, [fig(2025, "2.5")], TERM, 2025).reason).toBe(
      "Số liệu năm 2025 là 2,5%, vượt mục tiêu (thấp hơn mức tối đa 3%).",
    );
  });

  it("a range in another unit", () => {
    const perCapita = goal(
      END_OF_TERM_LEVEL,
      BETWEEN,
      "2900",
      "3000",
      "USD/người",
      UnitKind.AMOUNT,
    );
    const progress = indicatorProgress(perCapita, [fig(2025, "2950")], TERM, 2025);
    expect(progress.verdict).toBe("MET");
    expect(progress.reason).toBe(
      "Số liệu năm 2025 là 2.950 USD/người, trong khoảng mục tiêu 2.900–3.000 USD/người.",
    );
  });

  // Issue 11 changed this: an ended term is no longer judged from an earlier year.
  it("after the term without a 2025 figure: Chưa có số liệu, the latest value and projection in the reason", () => {
    const progress = indicatorProgress(
      TOURISTS,
      [fig(2023, "3900000", ValueKind.ESTIMATE), fig(2024, "4200000", ValueKind.ESTIMATE)],
      TERM,
      2026,
    );
    expect(progress.verdict).toBe("NO_DATA");
    expect(progress.status).toBeNull();
    expect(progress.neededPerYear).toBeNull();
    expect(progress.valueSoFar).toBe(4200000);
    // The line through 2023 and 2024, read at 2025.
    expect(progress.projected).toBeCloseTo(4500000, 6);
    expect(progress.yearsMissing).toEqual([2021, 2022, 2025]);
    expect(progress.reason).toBe(
      "Năm 2025 chưa có số liệu; năm 2024 đạt 4.200.000 lượt người, dự báo 4.500.000 lượt người.",
    );
    expect(progress.reasonEn).toBe(
      "No figure for 2025; 2024 reached 4,200,000 lượt người, projected 4,500,000 lượt người.",
    );
  });
});

describe("EVERY_YEAR", () => {
  // Target 15: the three traffic criteria (accidents, deaths, injuries) each need ≥ 5% a year.
  const accidents = yearly("5.5", "6", "5.2", "7", "5.1");
  const deaths = yearly("6", "5", "4.9", "5.5", "6");
  const injuries = yearly("5", "5", "5", "5", "5");

  it("all three traffic criteria: one year at 4.9% fails the target, naming the year", () => {
    const parts = [accidents, deaths, injuries].map((f) =>
      indicatorProgress(TRAFFIC, f, TERM, 2025),
    );
    // Accidents: every year strictly above 5.
    expect(parts[0].verdict).toBe("EXCEEDED");
    // Deaths: 2023 at 4.9 < 5.
    expect(parts[1].verdict).toBe("NOT_MET");
    expect(parts[1].valueSoFar).toBe(4.9);
    expect(parts[1].reason).toBe("Năm 2023: 4,9%, không đạt mục tiêu hằng năm 5%.");
    // Injuries: exactly 5 each year meets "≥ 5" without exceeding it.
    expect(parts[2].verdict).toBe("MET");
    expect(parts[2].reason).toBe(
      "Các năm 2021–2025 đều đạt mục tiêu hằng năm 5%; thấp nhất 5% (năm 2021).",
    );
    // "cả 3 tiêu chí": the target needs all three.
    expect(combineProgress(parts)).toEqual({ verdict: "NOT_MET", status: null });
  });

  it("names every failing year with its value", () => {
    const progress = indicatorProgress(TRAFFIC, yearly("6", "4.5", "4.9", "5", "5"), TERM, 2025);
    expect(progress.verdict).toBe("NOT_MET");
    // The worst of 6, 4.5, 4.9, 5, 5 is 4.5.
    expect(progress.valueSoFar).toBe(4.5);
    expect(progress.reason).toBe(
      "Các năm 2022 và 2023 không đạt mục tiêu hằng năm 5% (năm 2022: 4,5%, năm 2023: 4,9%).",
    );
  });

  it("during the term a failed year is off track for good", () => {
    const progress = indicatorProgress(TRAFFIC, yearly("6", "5", "4.9"), TERM, 2023);
    expect(progress.verdict).toBe("NOT_MET");
    expect(progress.status).toBe("OFF_TRACK");
    expect(progress.reason).toBe(
      "Năm 2023: 4,9%, không đạt mục tiêu hằng năm 5%; " +
        "chỉ tiêu không còn khả năng đạt trong nhiệm kỳ.",
    );
  });

  it("during the term with every year met: on track, the worst year named", () => {
    const progress = indicatorProgress(PLANTING, yearly("9500", "9200", "9100"), TERM, 2023);
    expect(progress.verdict).toBe("EXCEEDED");
    expect(progress.status).toBe("ON_TRACK");
    // min(9500, 9200, 9100) = 9100.
    expect(progress.valueSoFar).toBe(9100);
    expect(progress.projected).toBeNull();
    expect(progress.neededPerYear).toBeNull();
    expect(progress.reason).toBe(
      "Các năm 2021–2023 đều vượt mục tiêu hằng năm 9.000 ha; thấp nhất 9.100 ha (năm 2023).",
    );
  });

  it("a single year", () => {
    const progress = indicatorProgress(PLANTING, yearly("9500"), TERM, 2021);
    expect(progress.verdict).toBe("EXCEEDED");
    expect(progress.status).toBe("ON_TRACK");
    expect(progress.reason).toBe("Năm 2021 vượt mục tiêu hằng năm 9.000 ha (9.500 ha).");
  });

  it("lower is better: the worst year is the highest", () => {
    const progress = indicatorProgress(
      goal(EVERY_YEAR, AT_MOST, null, "3"),
      yearly("2", "2.5", "1", "2.9", "2"),
      TERM,
      2025,
    );
    expect(progress.valueSoFar).toBe(2.9);
    expect(progress.reason).toBe(
      "Các năm 2021–2025 đều vượt mục tiêu hằng năm không quá 3%; cao nhất 2,9% (năm 2024).",
    );
  });

  // Issue 11 changed this: without its last year an ended term is Chưa có số liệu.
  it("after the term without 2025: Chưa có số liệu, the years so far in the reason", () => {
    const progress = indicatorProgress(
      PLANTING,
      yearly("9500", "9200", "9100", "9300"),
      TERM,
      2026,
    );
    expect(progress.verdict).toBe("NO_DATA");
    expect(progress.status).toBeNull();
    expect(progress.yearsMissing).toEqual([2025]);
    expect(progress.reason).toBe(
      "Năm 2025 chưa có số liệu; các năm 2021–2024 đều vượt mục tiêu hằng năm 9.000 ha; " +
        "thấp nhất 9.100 ha (năm 2023).",
    );
  });

  it("after the term, a failed year stays Không đạt without 2025", () => {
    const progress = indicatorProgress(PLANTING, yearly("9500", "8000"), TERM, 2026);
    expect(progress.verdict).toBe("NOT_MET");
  });
});

describe("TERM_TOTAL", () => {
  it("projects the sum so far to five years during the term", () => {
    const progress = indicatorProgress(INVESTMENT, yearly("30", "33", "37"), TERM, 2023);
    // 30 + 33 + 37 = 100.
    expect(progress.valueSoFar).toBe(100);
    // 100 / 3 years × 5 years = 166.67, inside 166–168.
    expect(progress.projected).toBeCloseTo(500 / 3, 9);
    expect(progress.verdict).toBe("MET");
    expect(progress.status).toBe("ON_TRACK");
    // (166 − 100) / 2 remaining years = 33 a year.
    expect(progress.neededPerYear).toBe(33);
    expect(progress.reason).toBe(
      "Lũy kế 2021–2023 đạt 100 nghìn tỷ đồng; " +
        "ước cả giai đoạn 2021–2025 đạt 166,67 nghìn tỷ đồng, " +
        "trong khoảng mục tiêu 166–168 nghìn tỷ đồng; " +
        "các năm 2024 và 2025 cần bình quân ít nhất 33 nghìn tỷ đồng/năm.",
    );
  });

  it.each<[string, string[], number, TrackStatus]>([
    // 90 / 3 × 5 = 150; short of 166 by 16 < 16.6 (10% of 166).
    ["short by less than 10%", ["30", "30", "30"], 150, "AT_RISK"],
    // 75 / 3 × 5 = 125; short by 41 ≥ 16.6.
    ["short by 10% or more", ["25", "25", "25"], 125, "OFF_TRACK"],
  ])("projection %s", (_name, values, projected, status) => {
    const progress = indicatorProgress(INVESTMENT, yearly(...values), TERM, 2023);
    expect(progress.projected).toBeCloseTo(projected, 9);
    expect(progress.verdict).toBe("NOT_MET");
    expect(progress.status).toBe(status);
  });

  it("the sum decides once every year is in", () => {
    const progress = indicatorProgress(
      INVESTMENT,
      yearly("30", "33", "37", "32", "35"),
      TERM,
      2025,
    );
    // 30 + 33 + 37 + 32 + 35 = 167.
    expect(progress.valueSoFar).toBe(167);
    expect(progress.status).toBeNull();
    expect(progress.reason).toBe(
      "Tổng cả giai đoạn 2021–2025 đạt 167 nghìn tỷ đồng, " +
        "trong khoảng mục tiêu 166–168 nghìn tỷ đồng.",
    );
  });

  it("with a year missing at the end, the projection decides rather than a short sum", () => {
    const figures = [fig(2022, "33"), fig(2023, "37"), fig(2024, "32"), fig(2025, "35")];
    const progress = indicatorProgress(INVESTMENT, figures, TERM, 2025);
    // 33 + 37 + 32 + 35 = 137 over 4 years; × 5 / 4 = 171.25 > 168.
    expect(progress.valueSoFar).toBe(137);
    expect(progress.projected).toBeCloseTo(171.25, 9);
    expect(progress.verdict).toBe("EXCEEDED");
    expect(progress.status).toBeNull();
    expect(progress.reason).toBe(
      "Lũy kế 2022–2025 đạt 137 nghìn tỷ đồng; " +
        "ước cả giai đoạn 2021–2025 đạt 171,25 nghìn tỷ đồng, " +
        "vượt mục tiêu 166–168 nghìn tỷ đồng; năm 2021 chưa có số liệu cả năm.",
    );
  });
});

describe("which figures count", () => {
  it("OFFICIAL beats ESTIMATE for the same year, in either order", () => {
    const estimateFirst = [
      fig(2025, "2.9", ValueKind.ESTIMATE),
      fig(2025, "3.1", ValueKind.OFFICIAL),
    ];
    const officialFirst = [
      fig(2025, "3.1", ValueKind.OFFICIAL),
      fig(2025, "2.9", ValueKind.ESTIMATE),
    ];
    for (const figures of [estimateFirst, officialFirst]) {
      const progress = indicatorProgress(POVERTY, figures, TERM, 2025);
      // The official 3.1 is used, and 3.1 is not below 3.
      expect(progress.valueSoFar).toBe(3.1);
      expect(progress.verdict).toBe("NOT_MET");
      expect(progress.yearsCounted).toEqual([2025]);
    }
  });

  it("an ESTIMATE counts while it is the only figure of its year", () => {
    const progress = indicatorProgress(POVERTY, [fig(2025, "2.9", ValueKind.ESTIMATE)], TERM, 2025);
    expect(progress.verdict).toBe("MET");
  });

  it("ignores figures outside the term and after the as-of year", () => {
    const figures = [
      // 2020 is the base year, 2026 is after the term: neither counts.
      fig(2020, "2"),
      fig(2026, "20"),
      ...yearly("7", "7", "7"),
      // As of 2023, the 2024 figure is not yet known.
      fig(2024, "1"),
    ];
    const progress = indicatorProgress(GRDP, figures, TERM, 2023);
    // Only 2021–2023 at 7% each: compound 7%.
    expect(progress.yearsCounted).toEqual([2021, 2022, 2023]);
    expect(progress.valueSoFar).toBeCloseTo(7, 9);
    expect(progress.verdict).toBe("MET");
  });

  it("ignores half-year and quarter figures for every kind", () => {
    const figures = [
      fig(2025, "70", ValueKind.OFFICIAL, PeriodType.H1),
      fig(2025, "70", ValueKind.OFFICIAL, PeriodType.Q4),
      fig(2024, "64"),
    ];
    const progress = indicatorProgress(FOREST, figures, TERM, 2025);
    expect(progress.yearsCounted).toEqual([2024]);
    expect(progress.valueSoFar).toBe(64);
    // 2025 has no yearly figure, so the term is still running on 31 December 2025.
    expect(progress.status).toBe("AT_RISK");
  });
});

describe("NO_DATA", () => {
  it.each<[number, Figure[], number[], string]>([
    [
      2025,
      [],
      [2021, 2022, 2023, 2024, 2025],
      "Chưa có số liệu được phê duyệt cho các năm 2021–2025.",
    ],
    [2023, [], [2021, 2022, 2023], "Chưa có số liệu được phê duyệt cho các năm 2021–2023."],
    // Two years are joined with "và", as one would write them.
    [2022, [], [2021, 2022], "Chưa có số liệu được phê duyệt cho các năm 2021 và 2022."],
    [2021, [], [2021], "Chưa có số liệu được phê duyệt cho năm 2021."],
    // A half-year figure is no yearly figure.
    [
      2021,
      [fig(2021, "6.72", ValueKind.OFFICIAL, PeriodType.H1)],
      [2021],
      "Chưa có số liệu được phê duyệt cho năm 2021.",
    ],
    // Before the first counted year nothing can be missing yet.
    [2020, [fig(2020, "2.9")], [], "Chưa có số liệu được phê duyệt; nhiệm kỳ tính từ năm 2021."],
    // After the term, the missing years stop at 2025.
    [
      2027,
      [],
      [2021, 2022, 2023, 2024, 2025],
      "Chưa có số liệu được phê duyệt cho các năm 2021–2025.",
    ],
  ])("as of %p", (asOfYear, figures, missing, reason) => {
    const progress: IndicatorProgress = indicatorProgress(GRDP, figures, TERM, asOfYear);
    expect(progress).toEqual({
      verdict: "NO_DATA",
      status: null,
      reason,
      reasonEn: expect.stringMatching(/^No approved figure/),
      valueSoFar: null,
      projected: null,
      neededPerYear: null,
      yearsCounted: [],
      yearsMissing: missing,
      termFigure: false,
    });
  });
});

describe("invalid input", () => {
  it("refuses a goal without the bound its comparator needs", () => {
    expect(() =>
      indicatorProgress(goal(END_OF_TERM_LEVEL, AT_LEAST, null, "3"), [], TERM, 2025),
    ).toThrow();
    expect(() =>
      indicatorProgress(goal(END_OF_TERM_LEVEL, LESS_THAN, "3", null), [], TERM, 2025),
    ).toThrow();
    expect(() =>
      indicatorProgress(goal(END_OF_TERM_LEVEL, BETWEEN, "8", "7"), [], TERM, 2025),
    ).toThrow();
  });

  it("refuses an empty term", () => {
    expect(() => indicatorProgress(GRDP, [], { startYear: 2025, endYear: 2025 }, 2025)).toThrow();
  });

  it("skips a figure whose value is not a decimal", () => {
    const progress = indicatorProgress(POVERTY, [fig(2025, ""), fig(2024, "2")], TERM, 2025);
    expect(progress.yearsCounted).toEqual([2024]);
  });
});

describe("combineProgress", () => {
  const p = (verdict: Verdict, status: TrackStatus | null = null) => ({ verdict, status });

  it.each<[string, ReturnType<typeof p>[], Verdict, TrackStatus | null]>([
    ["no parts", [], "NO_DATA", null],
    ["all exceeded", [p("EXCEEDED"), p("EXCEEDED")], "EXCEEDED", null],
    ["exceeded and met", [p("EXCEEDED"), p("MET")], "MET", null],
    ["met and no data: cannot be called met", [p("MET"), p("NO_DATA")], "NO_DATA", null],
    [
      "no data and not met: not met wins",
      [p("NO_DATA"), p("NOT_MET"), p("EXCEEDED")],
      "NOT_MET",
      null,
    ],
    [
      "statuses, worst first",
      [p("MET", "ON_TRACK"), p("NOT_MET", "AT_RISK")],
      "NOT_MET",
      "AT_RISK",
    ],
    [
      "off track beats at risk",
      [p("NOT_MET", "AT_RISK"), p("NOT_MET", "OFF_TRACK"), p("MET", "ON_TRACK")],
      "NOT_MET",
      "OFF_TRACK",
    ],
    [
      "null statuses are skipped",
      [p("MET"), p("MET", "ON_TRACK"), p("NO_DATA")],
      "NO_DATA",
      "ON_TRACK",
    ],
  ])("%s", (_name, parts, verdict, status) => {
    expect(combineProgress(parts)).toEqual({ verdict, status });
  });
});

describe("summarySentence", () => {
  const zero = { met: 0, exceeded: 0, notMet: 0, noData: 0, atRisk: 0, offTrack: 0, total: 20 };

  it.each<[string, Partial<typeof zero>, { termOver?: boolean } | undefined, string]>([
    // 10 met + 4 exceeded = 14 of 20.
    [
      "during the term",
      { met: 10, exceeded: 4, noData: 3, atRisk: 3, notMet: 3 },
      undefined,
      "Đạt và vượt 14/20 chỉ tiêu; 3 chỉ tiêu có nguy cơ không đạt; 3 chưa có số liệu",
    ],
    // As the resolution says of 2015–2020: 18 of 20; the other two were not met.
    [
      "the term over",
      { met: 12, exceeded: 6, notMet: 2 },
      undefined,
      "Đạt và vượt 18/20 chỉ tiêu; 2 không đạt",
    ],
    [
      "off track before at risk",
      { met: 14, notMet: 4, offTrack: 1, atRisk: 3, noData: 2 },
      undefined,
      "Đạt và vượt 14/20 chỉ tiêu; 1 chỉ tiêu chậm tiến độ; 3 chỉ tiêu có nguy cơ không đạt; " +
        "2 chưa có số liệu",
    ],
    // Missed indicators that are still on track are not "không đạt" while the term runs.
    [
      "told the term runs",
      { met: 18, notMet: 2 },
      { termOver: false },
      "Đạt và vượt 18/20 chỉ tiêu",
    ],
    [
      "told the term is over",
      { met: 15, notMet: 2, atRisk: 3 },
      { termOver: true },
      "Đạt và vượt 15/20 chỉ tiêu; 2 không đạt; 3 chỉ tiêu có nguy cơ không đạt",
    ],
    ["nothing at all: the first part stays", {}, undefined, "Đạt và vượt 0/20 chỉ tiêu"],
    // 1,200 written the Vietnamese way.
    [
      "large counts",
      { met: 1000, exceeded: 100, total: 1200, noData: 100 },
      undefined,
      "Đạt và vượt 1.100/1.200 chỉ tiêu; 100 chưa có số liệu",
    ],
  ])("%s", (_name, counts, options, expected) => {
    expect(summarySentence({ ...zero, ...counts }, options)).toBe(expected);
  });
});
