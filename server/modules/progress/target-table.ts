/**
 * The official target table ("Biểu chỉ tiêu") of a congress for a year: each
 * target and indicator with its goal, the approved figure of each year of the
 * term up to that year, the verdict, the lead agency, and who approved each
 * figure when.
 */
import { formatNumberVi, formatRangeVi, formatWithUnitVi } from "../../common/format-vi";
import { AssignmentRole, Comparator, PeriodType, ValueKind } from "../../common/enums";
import { badInput, notFound } from "../../common/errors";
import type { RequestContext } from "../../context";
import { Agency } from "../agency/agency.entity";
import { Assignment } from "../assignment/assignment.entity";
import { Congress } from "../congress/congress.entity";
import { Indicator } from "../indicator/indicator.entity";
import { Target } from "../target/target.entity";
import { combineProgress, indicatorProgress, verdictLabel, type Figure } from "./progress-rules";

export interface TableCell {
  value: string;
  estimate: boolean;
  /** "Duyệt: email, 12/01/2026" or the published source of a seeded figure. */
  stamp: string;
}

export interface TableRow {
  level: "target" | "indicator";
  code: string;
  name: string;
  goal: string;
  unit: string;
  years: Record<number, TableCell | null>;
  verdict: string;
  reason: string;
  lead: string;
}

export interface TargetTable {
  title: string;
  subtitle: string;
  years: number[];
  rows: TableRow[];
}

/** The goal as the resolution words it: "≥ 65%", "7–7,5%", "< 3%". */
export function goalText(
  i: Pick<Indicator, "comparator" | "targetMin" | "targetMax" | "unit">,
): string {
  const min = i.targetMin === null ? NaN : Number(i.targetMin);
  const max = i.targetMax === null ? NaN : Number(i.targetMax);
  switch (i.comparator) {
    case Comparator.BETWEEN:
      return formatRangeVi(min, max, i.unit);
    case Comparator.AT_LEAST:
      return `≥ ${formatWithUnitVi(min, i.unit)}`;
    case Comparator.AT_MOST:
      return `≤ ${formatWithUnitVi(max, i.unit)}`;
    case Comparator.LESS_THAN:
      return `< ${formatWithUnitVi(max, i.unit)}`;
  }
}

/** 17 → "XVII", as congresses are numbered. */
export function roman(n: number): string {
  const numerals: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = n;
  let text = "";
  for (const [value, numeral] of numerals) {
    for (; rest >= value; rest -= value) text += numeral;
  }
  return text;
}

const date = (d: Date) =>
  new Intl.DateTimeFormat("vi-VN", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(d);

interface ApprovedRow {
  indicator_id: string;
  year: number;
  value: string;
  value_kind: ValueKind;
  source: string;
  reviewed_at: Date | null;
  reviewer: string | null;
}

export async function buildTargetTable(
  ctx: RequestContext,
  congressId: string,
  year: number,
): Promise<TargetTable> {
  const congress = await ctx.db.getRepository(Congress).findOneBy({ id: congressId });
  if (!congress) throw notFound("Congress", congressId);
  if (!Number.isInteger(year) || year < congress.termStartYear || year > congress.termEndYear + 5) {
    throw badInput("year", `Năm phải từ ${congress.termStartYear} (year out of range)`);
  }
  const years: number[] = [];
  for (let y = congress.termStartYear + 1; y <= Math.min(year, congress.termEndYear); y++)
    years.push(y);
  const targets = await ctx.db
    .getRepository(Target)
    .find({ where: { congressId }, order: { number: "ASC" } });
  // A congress whose targets are not loaded yet (the 18th, seeded empty) has an empty table.
  const indicators =
    targets.length === 0
      ? []
      : await ctx.db
          .getRepository(Indicator)
          .createQueryBuilder("i")
          .where("i.targetId IN (:...ids)", { ids: targets.map((t) => t.id) })
          .andWhere("i.active")
          .orderBy("i.position")
          .addOrderBy("i.code")
          .getMany();
  const approved: ApprovedRow[] = await ctx.db.query(
    `SELECT m.indicator_id, m.year, m.value, m.value_kind, m.source, m.reviewed_at, u.email AS reviewer
       FROM measurement m LEFT JOIN app_user u ON u.id = m.reviewed_by_id
      WHERE m.status = 'APPROVED' AND m.period = $1 AND m.year <= $2 AND m.indicator_id = ANY($3::uuid[])`,
    [PeriodType.YEAR, year, indicators.map((i) => i.id)],
  );
  const leads = await ctx.db
    .getRepository(Assignment)
    .createQueryBuilder("a")
    .where("a.role = :lead AND a.endsOn IS NULL", { lead: AssignmentRole.LEAD })
    .getMany();
  const agencies = new Map(
    (await ctx.db.getRepository(Agency).find()).map((a) => [a.id, a.shortName]),
  );
  const leadOf = new Map(leads.map((l) => [l.indicatorId, agencies.get(l.agencyId) ?? ""]));

  const rows: TableRow[] = [];
  for (const target of targets) {
    const own = indicators.filter((i) => i.targetId === target.id);
    const indicatorRows: TableRow[] = [];
    const verdicts = [];
    for (const indicator of own) {
      const figures = approved.filter((a) => a.indicator_id === indicator.id);
      const progress = indicatorProgress(
        indicator,
        figures.map<Figure>((f) => ({
          year: f.year,
          period: PeriodType.YEAR,
          value: f.value,
          valueKind: f.value_kind,
        })),
        { startYear: congress.termStartYear, endYear: congress.termEndYear },
        year,
      );
      verdicts.push(progress);
      const cells: Record<number, TableCell | null> = {};
      for (const y of years) {
        const inYear = figures.filter((f) => f.year === y);
        const f = inYear.find((x) => x.value_kind === ValueKind.OFFICIAL) ?? inYear[0];
        cells[y] = f
          ? {
              value: formatNumberVi(Number(f.value), 2),
              estimate: f.value_kind === ValueKind.ESTIMATE,
              stamp:
                f.reviewer && f.reviewed_at
                  ? `Duyệt: ${f.reviewer}, ${date(f.reviewed_at)}`
                  : `Nguồn: ${f.source}`,
            }
          : null;
      }
      indicatorRows.push({
        level: "indicator",
        code: indicator.code,
        name: indicator.name,
        goal: goalText(indicator),
        unit: indicator.unit,
        years: cells,
        verdict: verdictLabel[progress.verdict],
        reason: progress.reason,
        lead: leadOf.get(indicator.id) ?? "",
      });
    }
    const combined = combineProgress(verdicts);
    rows.push({
      level: "target",
      code: String(target.number),
      name: target.title,
      goal: target.text,
      unit: "",
      years: Object.fromEntries(years.map((y) => [y, null])),
      verdict: verdictLabel[combined.verdict],
      reason: "",
      lead: "",
    });
    rows.push(...indicatorRows);
  }
  return {
    title: `BIỂU CHỈ TIÊU CHỦ YẾU — ĐẠI HỘI ${congress.partyCommittee.toUpperCase()} LẦN THỨ ${roman(congress.ordinal)}, NHIỆM KỲ ${congress.termStartYear}–${congress.termEndYear}`,
    subtitle: `Số liệu đã phê duyệt đến năm ${year}; xuất ngày ${date(new Date())}. (ƯT) = số ước tính.`,
    years,
    rows,
  };
}
