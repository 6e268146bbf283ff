/**
 * The official target table ("Biểu chỉ tiêu") of a congress for a year: each
 * target and indicator with its goal, the approved figure of each year of the
 * term up to that year, the verdict, the lead agency, and who approved each
 * figure when.
 */
import { baselineOf } from "./baseline-from-predecessor";
import { formatNumberVi, formatRangeVi, formatWithUnitVi } from "../../common/format-vi";
import { AssignmentRole, Comparator, PeriodType, ValueKind } from "../../common/enums";
import { badInput, notFound } from "../../common/errors";
import type { RequestContext } from "../../context";
import { Agency } from "../agency/agency.entity";
import { Assignment } from "../assignment/assignment.entity";
import { Congress } from "../congress/congress.entity";
import { Indicator } from "../indicator/indicator.entity";
import { Target } from "../target/target.entity";
import {
  combineProgress,
  indicatorProgress,
  verdictLabel,
  type Figure,
  type Verdict,
} from "./rules";

export interface TableCell {
  value: string;
  /** The stored decimal ("8.06"), so a spreadsheet gets a number, not text. */
  decimal: string;
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
  /** The province's own verdict where it differs from the computed one, else "". */
  assessed: string;
  reason: string;
  /** Methodology notes (changed measures) and conversions, shown beside the verdict. */
  notes: string;
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
  period: PeriodType;
  value: string;
  value_kind: ValueKind;
  source: string;
  reported_on: string | null;
  reported_value: string | null;
  reported_unit: string | null;
  conversion_rate: string | null;
  rate_source: string | null;
  methodology_note: string | null;
  reviewed_at: Date | null;
  reviewer: string | null;
}

const isoToVi = (iso: string) => iso.split("-").reverse().join("/");

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
    // In the order versions became current (reported on, then approved): the last one stands.
    `SELECT m.indicator_id, m.year, m.period, m.value, m.value_kind, m.source, m.reported_on::text AS reported_on,
            m.reported_value, m.reported_unit, m.conversion_rate, m.rate_source, m.methodology_note,
            m.reviewed_at, u.email AS reviewer
       FROM measurement m LEFT JOIN app_user u ON u.id = m.reviewed_by_id
      WHERE m.status = 'APPROVED' AND m.period IN ($1, $2) AND m.year <= $3 AND m.indicator_id = ANY($4::uuid[])
      ORDER BY COALESCE(m.reported_on, (m.reviewed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date), m.reviewed_at NULLS FIRST, m.created_at, m.id`,
    [PeriodType.YEAR, PeriodType.TERM, year, indicators.map((i) => i.id)],
  );
  const assessments: {
    target_id: string;
    verdict: string;
    document: string;
    document_date: string;
  }[] = await ctx.db.query(
    `SELECT DISTINCT ON (a.target_id) a.target_id, a.verdict::text AS verdict, a.document, a.document_date::text AS document_date
         FROM target_assessment a WHERE a.target_id = ANY($1::uuid[])
        ORDER BY a.target_id, a.document_date DESC, a.created_at DESC`,
    [targets.map((t) => t.id)],
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

  // The goal's baseline, taken from the previous term where the indicator has none of its own.
  const baselines = new Map(
    await Promise.all(indicators.map(async (i) => [i.id, await baselineOf(ctx, i, null)] as const)),
  );
  const rows: TableRow[] = [];
  for (const target of targets) {
    const own = indicators.filter((i) => i.targetId === target.id);
    const indicatorRows: TableRow[] = [];
    const verdicts = [];
    for (const indicator of own) {
      const figures = approved.filter((a) => a.indicator_id === indicator.id);
      const progress = indicatorProgress(
        { ...indicator, ...baselines.get(indicator.id) },
        figures.map<Figure>((f) => ({
          year: f.year,
          period: f.period,
          value: f.value,
          valueKind: f.value_kind,
        })),
        { startYear: congress.termStartYear, endYear: congress.termEndYear },
        year,
      );
      verdicts.push(progress);
      const cells: Record<number, TableCell | null> = {};
      for (const y of years) {
        // OFFICIAL over ESTIMATE; of one kind, the latest version.
        const inYear = figures.filter((f) => f.year === y && f.period === PeriodType.YEAR);
        const official = inYear.filter((x) => x.value_kind === ValueKind.OFFICIAL);
        const f = (official.length > 0 ? official : inYear).at(-1);
        cells[y] = f
          ? {
              value: formatNumberVi(Number(f.value), 2),
              decimal: f.value,
              estimate: f.value_kind === ValueKind.ESTIMATE,
              stamp:
                f.reviewer && f.reviewed_at
                  ? `Duyệt: ${f.reviewer}, ${date(f.reviewed_at)}`
                  : `Nguồn: ${f.source}${f.reported_on ? `, ${isoToVi(f.reported_on)}` : ""}`,
            }
          : null;
      }
      const notes = [
        ...(indicator.methodologyNote ? [indicator.methodologyNote] : []),
        ...figures.flatMap((f) => [
          ...(f.reported_value && f.reported_unit
            ? [
                `${f.year}: báo cáo ${formatNumberVi(Number(f.reported_value), 6)} ${f.reported_unit}, quy đổi ${formatWithUnitVi(Number(f.value), indicator.unit, 2)}${f.rate_source ? ` (${f.rate_source})` : ""}`,
              ]
            : []),
          ...(f.methodology_note ? [`${f.year}: ${f.methodology_note}`] : []),
        ]),
      ];
      indicatorRows.push({
        level: "indicator",
        code: indicator.code,
        name: indicator.name,
        goal: goalText(indicator),
        unit: indicator.unit,
        years: cells,
        verdict: verdictLabel[progress.verdict],
        assessed: "",
        reason: progress.reason,
        notes: [...new Set(notes)].join("\n"),
        lead: leadOf.get(indicator.id) ?? "",
      });
    }
    const combined = combineProgress(verdicts);
    const assessment = assessments.find((a) => a.target_id === target.id);
    const differs = assessment && assessment.verdict !== combined.verdict;
    rows.push({
      level: "target",
      code: String(target.number),
      name: target.title,
      goal: target.text,
      unit: "",
      years: Object.fromEntries(years.map((y) => [y, null])),
      verdict: verdictLabel[combined.verdict],
      assessed: differs
        ? `Tỉnh đánh giá: ${verdictLabel[assessment.verdict as Verdict]} (${assessment.document}, ${isoToVi(assessment.document_date)})`
        : "",
      reason: "",
      notes: "",
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
