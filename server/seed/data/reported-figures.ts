import type { MeasurementSeed } from "./types";
import { PeriodType, ValueKind } from "../../common/enums";

/**
 * Demo measurements: the ten figures of shared/source/reported-figures.md, each credited to the
 * indicator's lead agency at the time and to the report it was taken from.
 */
export const reportedFigures: MeasurementSeed[] = [
  {
    indicatorCode: "1.a",
    agencyCode: "CTK",
    year: 2021,
    period: PeriodType.H1,
    value: "6.72",
    valueKind: ValueKind.OFFICIAL,
    source: "Cục Thống kê Lạng Sơn, mid-2021",
  },
  {
    indicatorCode: "1.a",
    agencyCode: "CTK",
    year: 2022,
    period: PeriodType.YEAR,
    value: "7.22",
    valueKind: ValueKind.OFFICIAL,
    source: "Cục Thống kê Lạng Sơn, 28/12/2022",
  },
  {
    indicatorCode: "1.a",
    agencyCode: "CTK",
    year: 2023,
    period: PeriodType.YEAR,
    value: "7.0",
    valueKind: ValueKind.ESTIMATE,
    source: "VTC News, 19/12/2023",
  },
  {
    indicatorCode: "1.a",
    agencyCode: "CTK",
    year: 2024,
    period: PeriodType.YEAR,
    value: "6.01",
    valueKind: ValueKind.ESTIMATE,
    source: "VnExpress, 09/12/2024",
  },
  {
    indicatorCode: "1.a",
    agencyCode: "CTK",
    year: 2025,
    period: PeriodType.YEAR,
    value: "8.06",
    valueKind: ValueKind.OFFICIAL,
    source: "VTC News, 16/01/2026",
  },
  {
    indicatorCode: "2.a",
    agencyCode: "CTK",
    year: 2025,
    period: PeriodType.YEAR,
    value: "20.28",
    valueKind: ValueKind.OFFICIAL,
    source: "VTC News, 16/01/2026",
  },
  {
    indicatorCode: "2.b",
    agencyCode: "CTK",
    year: 2025,
    period: PeriodType.YEAR,
    value: "28.33",
    valueKind: ValueKind.OFFICIAL,
    source: "VTC News, 16/01/2026",
  },
  {
    indicatorCode: "4.a",
    agencyCode: "SO-VHTTDL",
    year: 2023,
    period: PeriodType.YEAR,
    value: "3900000",
    valueKind: ValueKind.ESTIMATE,
    source: "CafeF, 2023 year-end report",
  },
  {
    indicatorCode: "4.b",
    agencyCode: "SO-VHTTDL",
    year: 2023,
    period: PeriodType.YEAR,
    value: "3100",
    valueKind: ValueKind.ESTIMATE,
    source: "CafeF, 2023 year-end report",
  },
  {
    indicatorCode: "4.a",
    agencyCode: "SO-VHTTDL",
    year: 2024,
    period: PeriodType.YEAR,
    value: "4200000",
    valueKind: ValueKind.ESTIMATE,
    source: "provincial tourism promotion centre, quoted by VHO, 2024",
  },
];
