/**
 * What every province of the national data set is made of: the shapes of Lạng Sơn's
 * resolution (5 key tasks, 20 targets, 35 indicators, copied from ../data) with bounds
 * varied per province, 30 agencies, and who leads and coordinates each indicator.
 * Everything here is deterministic: the same province gets the same data on every run.
 */
import { AgencyKind, Comparator, IndicatorKind, TargetDomain, UnitKind } from "../../common/enums";
import { formatNumberVi, formatRangeVi } from "../../common/format-vi";
import type { IndicatorSeed } from "../data/types";
import type { ScaleProvince } from "./provinces";

/** A pseudo-random number generator seeded by a string (FNV-1a, then mulberry32). */
export function randomFor(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** "tỉnh Lạng Sơn" or "thành phố Hà Nội". */
export function unitName(p: ScaleProvince): string {
  return `${p.city ? "thành phố" : "tỉnh"} ${p.name}`;
}

/** "Tỉnh ủy" or "Thành ủy". */
function partyCommitteeShort(p: ScaleProvince): string {
  return p.city ? "Thành ủy" : "Tỉnh ủy";
}

export interface ScaleAgency {
  code: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  parentCode?: string;
}

/** The 30 agencies of a province: its People's Committee and departments, central branch offices, party boards. */
export function agenciesOf(p: ScaleProvince): ScaleAgency[] {
  const where = unitName(p);
  const tu = partyCommitteeShort(p);
  const dept = (code: string, name: string, shortName: string): ScaleAgency => ({
    code,
    name,
    shortName,
    kind: AgencyKind.DEPARTMENT,
    parentCode: "UBND",
  });
  const branch = (code: string, name: string, shortName: string): ScaleAgency => ({
    code,
    name: `${name} ${where}`,
    shortName,
    kind: AgencyKind.CENTRAL_BRANCH,
  });
  const board = (code: string, name: string, shortName: string): ScaleAgency => ({
    code,
    name: `${name} ${tu} ${p.name}`,
    shortName,
    kind: AgencyKind.PARTY_BOARD,
    parentCode: "TU",
  });
  return [
    {
      code: "UBND",
      name: `Ủy ban nhân dân ${where}`,
      shortName: `UBND ${p.city ? "thành phố" : "tỉnh"}`,
      kind: AgencyKind.OTHER,
    },
    { code: "TU", name: `${tu} ${p.name}`, shortName: tu, kind: AgencyKind.OTHER },
    dept("SO-KHDT", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"),
    dept("SO-TC", "Sở Tài chính", "Sở TC"),
    dept("SO-CT", "Sở Công Thương", "Sở CT"),
    dept("SO-VHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL"),
    dept("SO-NNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT"),
    dept("SO-GTVT", "Sở Giao thông vận tải", "Sở GTVT"),
    dept("SO-XD", "Sở Xây dựng", "Sở XD"),
    dept("SO-GDDT", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT"),
    dept("SO-YT", "Sở Y tế", "Sở YT"),
    dept("SO-LDTBXH", "Sở Lao động – Thương binh và Xã hội", "Sở LĐ-TB&XH"),
    dept("SO-TNMT", "Sở Tài nguyên và Môi trường", "Sở TN&MT"),
    dept("SO-NV", "Sở Nội vụ", "Sở NV"),
    dept("SO-KHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN"),
    dept("SO-TTTT", "Sở Thông tin và Truyền thông", "Sở TT&TT"),
    dept("SO-TP", "Sở Tư pháp", "Sở TP"),
    dept("BAN-DT", "Ban Dân tộc", "Ban Dân tộc"),
    dept("THANH-TRA", "Thanh tra", "Thanh tra"),
    dept("VP-UBND", "Văn phòng Ủy ban nhân dân", "VP UBND"),
    branch("CTK", "Cục Thống kê", "Cục TK"),
    branch("CTHUE", "Cục Thuế", "Cục Thuế"),
    branch("BHXH", "Bảo hiểm xã hội", "BHXH"),
    branch("CA", "Công an", "Công an"),
    branch("NHNN", "Ngân hàng Nhà nước Việt Nam – Chi nhánh", "NHNN"),
    board("BTC", "Ban Tổ chức", "Ban Tổ chức"),
    board("BTG", "Ban Tuyên giáo", "Ban Tuyên giáo"),
    board("BDV", "Ban Dân vận", "Ban Dân vận"),
    board("UBKT", "Ủy ban Kiểm tra", "UBKT"),
    board("VP-TU", "Văn phòng", `VP ${tu}`),
  ];
}

/** The agency that leads (chủ trì) each indicator, as in Lạng Sơn. */
export const LEAD_OF: Record<string, string> = {
  "1.a": "CTK",
  "2.a": "CTK",
  "2.b": "CTK",
  "2.c": "CTK",
  "2.d": "CTK",
  "3.a": "CTK",
  "4.a": "SO-VHTTDL",
  "4.b": "SO-VHTTDL",
  "5.a": "SO-CT",
  "6.a": "CTHUE",
  "7.a": "SO-KHDT",
  "8.a": "SO-NNPTNT",
  "9.a": "SO-GTVT",
  "9.b": "SO-GTVT",
  "10.a": "SO-GDDT",
  "11.a": "SO-VHTTDL",
  "12.a": "SO-YT",
  "12.b": "SO-YT",
  "12.c": "SO-YT",
  "12.d": "BHXH",
  "13.a": "SO-LDTBXH",
  "14.a": "SO-LDTBXH",
  "15.a": "CA",
  "15.b": "CA",
  "15.c": "CA",
  "15.d": "CA",
  "16.a": "SO-NNPTNT",
  "16.b": "SO-NNPTNT",
  "17.a": "SO-NNPTNT",
  "18.a": "SO-XD",
  "18.b": "SO-YT",
  "19.a": "BTC",
  "20.a": "BTC",
  "20.b": "BTC",
  "20.c": "BTC",
};

/** Agencies that may coordinate (phối hợp) an indicator of each domain. */
const COORDINATORS: Record<TargetDomain, string[]> = {
  [TargetDomain.ECONOMY]: [
    "SO-KHDT",
    "SO-TC",
    "CTK",
    "SO-CT",
    "SO-NNPTNT",
    "SO-XD",
    "SO-GTVT",
    "CTHUE",
    "NHNN",
    "SO-KHCN",
  ],
  [TargetDomain.SOCIETY]: [
    "SO-YT",
    "SO-GDDT",
    "SO-LDTBXH",
    "SO-VHTTDL",
    "BHXH",
    "CTK",
    "SO-NV",
    "BAN-DT",
    "SO-TC",
  ],
  [TargetDomain.ENVIRONMENT]: ["SO-TNMT", "SO-NNPTNT", "SO-XD", "SO-YT", "CTK", "SO-KHCN", "SO-CT"],
  [TargetDomain.SECURITY]: ["CA", "SO-GTVT", "SO-TP", "THANH-TRA", "CTK", "SO-TTTT", "VP-UBND"],
  [TargetDomain.PARTY_BUILDING]: ["BTC", "BTG", "BDV", "UBKT", "VP-TU", "TU", "SO-NV"],
};

/** 4 to 6 coordinating agencies of an indicator, never its lead. */
export function coordinatorsOf(
  provinceCode: string,
  indicatorCode: string,
  domain: TargetDomain,
): string[] {
  const random = randomFor(`coord:${provinceCode}:${indicatorCode}`);
  const pool = COORDINATORS[domain].filter((c) => c !== LEAD_OF[indicatorCode]);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, 4 + Math.floor(random() * 3));
}

/** How big a province is, for counts and amounts (Hà Nội and Hồ Chí Minh the largest). */
function sizeOf(p: ScaleProvince): number {
  if (p.code === "01" || p.code === "79") return 3.5;
  const random = randomFor(`size:${p.code}`);
  return p.city ? 1.5 + random() : 0.45 + 1.5 * random();
}

/** Two significant digits for large values, as resolutions round them ("4.400.000", "166"). */
function nice(value: number, integer: boolean): number {
  if (value >= 100) {
    const step = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
    return Math.round(value / step) * step;
  }
  return integer ? Math.max(1, Math.round(value)) : Math.round(value * 10) / 10;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

export interface Bounds {
  min: number | null;
  max: number | null;
}

/** The economic structure (2.a–2.d): four ranges one point wide whose middles add up to 100. */
function structureOf(p: ScaleProvince): Record<string, number> {
  const random = randomFor(`structure:${p.code}`);
  const agriculture = p.city ? 1 + Math.round(4 * random()) : 8 + Math.round(27 * random());
  const industry = 20 + Math.round(30 * random());
  const taxes = 4 + Math.round(5 * random());
  const services = 98 - agriculture - industry - taxes;
  return { "2.a": agriculture, "2.b": industry, "2.c": services, "2.d": taxes };
}

/** Lạng Sơn's bounds of an indicator, varied for a province. */
export function boundsFor(p: ScaleProvince, seed: IndicatorSeed): Bounds {
  const lsMin = seed.targetMin === undefined ? null : Number(seed.targetMin);
  const lsMax = seed.targetMax === undefined ? null : Number(seed.targetMax);
  if (p.code === "20") return { min: lsMin, max: lsMax }; // Lạng Sơn keeps its own.
  const random = randomFor(`bounds:${p.code}:${seed.code}`);
  const size = sizeOf(p);
  const integer = seed.unitKind === UnitKind.COUNT;
  if (seed.code.startsWith("2.")) {
    const low = structureOf(p)[seed.code];
    return { min: low, max: low + 1 };
  }
  if (seed.code === "3.a") {
    const low = Math.round((1800 + (p.city ? 4000 : 2500) * random() * size) / 100) * 100;
    return { min: low, max: low + 100 };
  }
  switch (seed.unitKind) {
    case UnitKind.CHANGE_RATE: {
      if (seed.comparator === Comparator.BETWEEN) {
        const shift = round1((random() - 0.5) * 3);
        return { min: round1(lsMin! + shift), max: round1(lsMax! + shift) };
      }
      return { min: Math.max(1, Math.round(lsMin! * (0.6 + 0.8 * random()))), max: null };
    }
    case UnitKind.PERCENT: {
      if (seed.comparator === Comparator.LESS_THAN || seed.comparator === Comparator.AT_MOST) {
        return { min: null, max: Math.round((1 + 4 * random()) * 2) / 2 };
      }
      if (lsMin === 100)
        return { min: random() < 0.7 ? 100 : 95 + Math.round(4 * random()), max: null };
      if (seed.kind === IndicatorKind.EVERY_YEAR) {
        return { min: Math.min(100, Math.round(lsMin! - 5 + 8 * random())), max: null };
      }
      return { min: Math.min(100, Math.round(lsMin! * (0.85 + 0.25 * random()))), max: null };
    }
    default: {
      const factor = size * (0.8 + 0.4 * random());
      const scaled = (v: number | null) => (v === null ? null : nice(v * factor, integer));
      if (seed.comparator === Comparator.BETWEEN) {
        const low = scaled(lsMin)!;
        const step = low >= 100 ? 10 ** (Math.floor(Math.log10(low)) - 1) : integer ? 1 : 0.1;
        return { min: low, max: Math.max(nice(low * (lsMax! / lsMin!), integer), low + step) };
      }
      // Per 10,000 people: a little around Lạng Sơn's, not scaled with the province.
      if (seed.unit.includes("vạn dân")) {
        return { min: round1(lsMin! * (0.75 + 0.5 * random())), max: null };
      }
      return { min: scaled(lsMin), max: scaled(lsMax) };
    }
  }
}

/** The indicator's goal as a resolution phrases it: "Tỷ lệ che phủ rừng đến năm 2025 đạt 65%". */
export function phraseFor(seed: IndicatorSeed, bounds: Bounds, endYear: number): string {
  const digits = 2;
  const value = (v: number) =>
    seed.unit === "%"
      ? `${formatNumberVi(v, digits)}%`
      : `${formatNumberVi(v, digits)} ${seed.unit}`;
  const goal =
    seed.comparator === Comparator.BETWEEN
      ? formatRangeVi(bounds.min!, bounds.max!, seed.unit, digits)
      : seed.comparator === Comparator.AT_LEAST
        ? value(bounds.min!)
        : seed.comparator === Comparator.LESS_THAN
          ? `< ${value(bounds.max!)}`
          : `≤ ${value(bounds.max!)}`;
  switch (seed.kind) {
    case IndicatorKind.AVERAGE_ANNUAL_RATE:
      return `${seed.name} từ ${goal}`;
    case IndicatorKind.EVERY_YEAR:
      return seed.unitKind === UnitKind.CHANGE_RATE
        ? `${seed.name} hằng năm ≥ ${goal}`
        : `${seed.name} hằng năm đạt ${goal}`;
    case IndicatorKind.TERM_TOTAL:
      return `${seed.name} là ${goal}`;
    default:
      return `${seed.name} đến năm ${endYear} ${seed.comparator === Comparator.LESS_THAN ? "là" : "đạt"} ${goal}`;
  }
}
