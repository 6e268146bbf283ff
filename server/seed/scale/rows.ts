/**
 * The rows of the national data set other than measurements, built in memory (a few
 * thousand per table) with their ids, so relations are known before anything is written.
 */
import { randomUUID } from "node:crypto";
import {
  AssignmentRole,
  ClauseKind,
  ReportingFrequency,
  Role,
  type AgencyKind,
} from "../../common/enums";
import { congress as lsCongress, resolution as lsResolution } from "../data/congress";
import { keyTasks } from "../data/key-tasks";
import { targets } from "../data/targets";
import { scaleEmail } from "./accounts";
import { PLACEHOLDER_ORDINAL, type ScaleProvince } from "./provinces";
import {
  agenciesOf,
  boundsFor,
  coordinatorsOf,
  LEAD_OF,
  phraseFor,
  randomFor,
  unitName,
} from "./template";

/** A table's rows as [column, PostgreSQL type] and one array of values per row. */
export interface TableRows {
  table: string;
  columns: [string, string][];
  rows: unknown[][];
}

const TERM_START = 2020;
const TERM_END = 2025;
const ASSIGNED_ON = "2020-10-01";

const ROMAN: [number, string][] = [
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

export function roman(n: number): string {
  let out = "";
  for (const [value, letters] of ROMAN) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Everything of one province but its figures. */
export function provinceRows(p: ScaleProvince, passwordHash: string): TableRows[] {
  const random = randomFor(`congress:${p.code}`);
  const where = unitName(p);
  const isLangSon = p.code === "20";
  const provinceId = randomUUID();
  const congressId = randomUUID();
  const resolutionId = randomUUID();
  const ordinal = p.congressOrdinal ?? PLACEHOLDER_ORDINAL;
  const committee = `Đảng bộ ${where}`;

  // Provincial congresses of the 2020–2025 term sat between August and October 2020.
  const heldFrom = isLangSon
    ? lsCongress.heldFrom
    : isoDate(new Date(Date.UTC(2020, 7, 10) + Math.floor(random() * 70) * 86_400_000));
  const heldTo = isLangSon
    ? lsCongress.heldTo
    : isoDate(new Date(Date.parse(heldFrom) + 2 * 86_400_000));

  const congress = [
    congressId,
    provinceId,
    ordinal,
    committee,
    TERM_START,
    TERM_END,
    heldFrom,
    heldTo,
    isLangSon ? lsCongress.place : `Trung tâm Hội nghị ${where}`,
    isLangSon ? lsCongress.executiveCommitteeSize : 45 + Math.floor(random() * 30),
    isLangSon ? lsCongress.nationalDelegates : 10 + Math.floor(random() * 20),
    isLangSon ? lsCongress.nationalAlternates : 2 + Math.floor(random() * 2),
  ];

  const title = `Nghị quyết Đại hội đại biểu ${committee} lần thứ ${roman(ordinal)}, nhiệm kỳ ${TERM_START} – ${TERM_END}`;
  const keyTaskIds = keyTasks.map(() => randomUUID());
  const targetRows: unknown[][] = [];
  const linkRows: unknown[][] = [];
  const indicatorRows: unknown[][] = [];
  const indicatorIds = new Map<string, string>();
  const domains = new Map<string, (typeof targets)[number]["domain"]>();
  const targetTexts: string[] = [];
  for (const target of targets) {
    const targetId = randomUUID();
    const phrases: string[] = [];
    target.indicators.forEach((seed, index) => {
      const bounds = boundsFor(p, seed);
      const phrase = phraseFor(seed, bounds, TERM_END);
      phrases.push(phrase);
      const id = randomUUID();
      indicatorIds.set(seed.code, id);
      domains.set(seed.code, target.domain);
      indicatorRows.push([
        id,
        targetId,
        seed.code,
        seed.name,
        seed.nameEn,
        seed.unit,
        seed.unitKind,
        seed.kind,
        seed.comparator,
        bounds.min === null ? null : String(bounds.min),
        bounds.max === null ? null : String(bounds.max),
        "[]",
        phrase,
        index + 1,
      ]);
    });
    // Lạng Sơn keeps its verbatim text; elsewhere the text is built from the varied goals.
    const text = isLangSon ? target.text : `${phrases.join("; ")}.`;
    targetTexts.push(`(${target.number}) ${text}`);
    targetRows.push([
      targetId,
      congressId,
      target.number,
      target.title,
      target.titleEn,
      text,
      target.domain,
    ]);
    for (const n of target.keyTaskOrdinals) linkRows.push([targetId, keyTaskIds[n - 1]]);
  }

  const agencies = agenciesOf(p);
  const agencyIds = new Map(agencies.map((a) => [a.code, randomUUID()]));
  const agencyRows = agencies.map((a) => [
    agencyIds.get(a.code),
    provinceId,
    a.code,
    a.name,
    a.shortName,
    a.kind as AgencyKind,
    a.parentCode ? agencyIds.get(a.parentCode) : null,
    "2020-01-01",
  ]);
  const userRows = agencies.flatMap((a) =>
    ([Role.AGENCY_HEAD, Role.REPORTER] as const).map((role) => [
      randomUUID(),
      scaleEmail(role, a.code, p.code),
      `${role === Role.AGENCY_HEAD ? "Lãnh đạo" : "Chuyên viên"} ${a.shortName} (${p.name})`,
      role,
      agencyIds.get(a.code),
      provinceId,
      passwordHash,
    ]),
  );

  const assignmentRows: unknown[][] = [];
  for (const [code, indicatorId] of indicatorIds) {
    assignmentRows.push([
      randomUUID(),
      indicatorId,
      agencyIds.get(LEAD_OF[code]),
      AssignmentRole.LEAD,
      ReportingFrequency.QUARTERLY,
      30,
      null,
      ASSIGNED_ON,
    ]);
    for (const agency of coordinatorsOf(p.code, code, domains.get(code)!)) {
      assignmentRows.push([
        randomUUID(),
        indicatorId,
        agencyIds.get(agency),
        AssignmentRole.COORDINATE,
        ReportingFrequency.QUARTERLY,
        20,
        "Phối hợp, báo cáo số liệu quý của ngành",
        ASSIGNED_ON,
      ]);
    }
  }

  const clauses = lsResolution.clauses.filter(
    (c) => c.kind === ClauseKind.VIEWPOINT || c.kind === ClauseKind.GENERAL_GOAL,
  );
  const localise = (text: string) =>
    text.replace(/tỉnh Lạng Sơn/g, where).replace(/Lạng Sơn/g, p.name);

  return [
    {
      table: "province",
      columns: [
        ["id", "uuid"],
        ["code", "text"],
        ["name", "text"],
      ],
      rows: [[provinceId, p.code, p.name]],
    },
    {
      table: "congress",
      columns: [
        ["id", "uuid"],
        ["province_id", "uuid"],
        ["ordinal", "int"],
        ["party_committee", "text"],
        ["term_start_year", "int"],
        ["term_end_year", "int"],
        ["held_from", "date"],
        ["held_to", "date"],
        ["place", "text"],
        ["executive_committee_size", "int"],
        ["national_delegates", "int"],
        ["national_alternates", "int"],
      ],
      rows: [congress],
    },
    {
      table: "resolution",
      columns: [
        ["id", "uuid"],
        ["congress_id", "uuid"],
        ["title", "text"],
        ["adopted_on", "date"],
        ["source_title", "text"],
        ["source_text", "text"],
      ],
      rows: [
        [
          resolutionId,
          congressId,
          title,
          heldTo,
          "Dữ liệu mô phỏng quy mô toàn quốc, theo mẫu Nghị quyết Đại hội XVII Đảng bộ tỉnh Lạng Sơn (synthetic national-scale data)",
          `${title}\n\nCác chỉ tiêu chủ yếu:\n${targetTexts.join("\n")}`,
        ],
      ],
    },
    {
      table: "resolution_clause",
      columns: [
        ["id", "uuid"],
        ["resolution_id", "uuid"],
        ["kind", "clause_kind"],
        ["position", "int"],
        ["text", "text"],
      ],
      rows: clauses.map((c, i) => [randomUUID(), resolutionId, c.kind, i + 1, localise(c.text)]),
    },
    {
      table: "key_task",
      columns: [
        ["id", "uuid"],
        ["congress_id", "uuid"],
        ["ordinal", "int"],
        ["title", "text"],
        ["title_en", "text"],
        ["text", "text"],
      ],
      rows: keyTasks.map((k, i) => [
        keyTaskIds[i],
        congressId,
        k.ordinal,
        k.title,
        k.titleEn,
        localise(k.text),
      ]),
    },
    {
      table: "target",
      columns: [
        ["id", "uuid"],
        ["congress_id", "uuid"],
        ["number", "int"],
        ["title", "text"],
        ["title_en", "text"],
        ["text", "text"],
        ["domain", "target_domain"],
      ],
      rows: targetRows,
    },
    {
      table: "target_key_task",
      columns: [
        ["target_id", "uuid"],
        ["key_task_id", "uuid"],
      ],
      rows: linkRows,
    },
    {
      table: "indicator",
      columns: [
        ["id", "uuid"],
        ["target_id", "uuid"],
        ["code", "text"],
        ["name", "text"],
        ["name_en", "text"],
        ["unit", "text"],
        ["unit_kind", "unit_kind"],
        ["kind", "indicator_kind"],
        ["comparator", "comparator"],
        ["target_min", "numeric"],
        ["target_max", "numeric"],
        ["plan_values", "jsonb"],
        ["source_phrase", "text"],
        ["position", "int"],
      ],
      rows: indicatorRows,
    },
    {
      table: "agency",
      columns: [
        ["id", "uuid"],
        ["province_id", "uuid"],
        ["code", "text"],
        ["name", "text"],
        ["short_name", "text"],
        ["kind", "agency_kind"],
        ["parent_id", "uuid"],
        ["valid_from", "date"],
      ],
      rows: agencyRows,
    },
    {
      table: "app_user",
      columns: [
        ["id", "uuid"],
        ["email", "text"],
        ["name", "text"],
        ["role", "role"],
        ["agency_id", "uuid"],
        ["province_id", "uuid"],
        ["password_hash", "text"],
      ],
      rows: userRows,
    },
    {
      table: "assignment",
      columns: [
        ["id", "uuid"],
        ["indicator_id", "uuid"],
        ["agency_id", "uuid"],
        ["role", "assignment_role"],
        ["frequency", "reporting_frequency"],
        ["due_days_after_period", "int"],
        ["note", "text"],
        ["starts_on", "date"],
      ],
      rows: assignmentRows,
    },
  ];
}
