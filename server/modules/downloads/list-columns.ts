/**
 * The columns of each list export as people read them: Vietnamese headers
 * (the admin's own field labels), labels instead of enum codes, names
 * instead of ids, dates dd/mm/yyyy and times HH:mm dd/mm/yyyy in Vietnam's
 * time zone, numbers the Vietnamese way, and every record on one line.
 */
import { In, type EntityTarget, type ObjectLiteral } from "typeorm";
import { TIME_ZONE } from "../../common/dates";
import { formatNumberVi } from "../../common/format-vi";
import { auditActionVi, enumLabelVi, RECORD_TYPE_VI, type EnumName } from "../../common/labels-vi";
import type { RequestContext } from "../../context";
import { Agency } from "../agency/agency.entity";
import { Congress } from "../congress/congress.entity";
import { Indicator } from "../indicator/indicator.entity";
import { User } from "../user/user.entity";

/** Names of the records a row points to, loaded once per export. */
export interface Names {
  agency(id: unknown): string;
  user(id: unknown): string;
  indicator(id: unknown): string;
  congress(id: unknown): string;
}

export interface ExportColumn {
  header: string;
  value(row: ObjectLiteral, names: Names): unknown;
}

const TIME = new Intl.DateTimeFormat("vi-VN", {
  timeZone: TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hourCycle: "h23",
});

/** "14:05 01/12/2026" (Vietnam time). */
export function timeVi(value: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  const at = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(at.getTime())) return String(value);
  const p = Object.fromEntries(TIME.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

/** "2025-03-01" → "01/03/2025". */
export function dateVi(value: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value));
  return m ? `${m[3]}/${m[2]}/${m[1]}` : String(value);
}

/** "4600000" → "4.600.000", "45.2" → "45,2". */
export function numberVi(value: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  const n = Number(value);
  return Number.isFinite(n) ? formatNumberVi(n, 6) : String(value);
}

const text = (value: unknown) => (value === null || value === undefined ? "" : value);
const yesNo = (value: unknown) =>
  value === null || value === undefined ? "" : value ? "Có" : "Không";

function col(header: string, source: string, format: (v: unknown) => unknown = text): ExportColumn {
  return { header, value: (row) => format(row[source]) };
}
const label = (header: string, source: string, name: EnumName) =>
  col(header, source, (v) => enumLabelVi(name, v));
const ref = (header: string, source: string, kind: keyof Names): ExportColumn => ({
  header,
  value: (row, names) => names[kind](row[source]),
});

export const EXPORT_COLUMNS: Record<string, ExportColumn[]> = {
  Congress: [
    col("Đại hội lần thứ", "ordinal"),
    col("Đảng bộ", "partyCommittee"),
    col("Nhiệm kỳ từ năm", "termStartYear"),
    col("Nhiệm kỳ đến năm", "termEndYear"),
    col("Họp từ ngày", "heldFrom", dateVi),
    col("Họp đến ngày", "heldTo", dateVi),
    col("Địa điểm", "place"),
    col("Số ủy viên Ban Chấp hành", "executiveCommitteeSize"),
    col("Đại biểu dự Đại hội toàn quốc", "nationalDelegates"),
    col("Đại biểu dự khuyết", "nationalAlternates"),
  ],
  KeyTask: [
    ref("Đại hội", "congressId", "congress"),
    col("Số thứ tự", "ordinal"),
    col("Tên", "title"),
    col("Tên (tiếng Anh)", "titleEn"),
    col("Nguyên văn nghị quyết", "text"),
  ],
  Target: [
    ref("Đại hội", "congressId", "congress"),
    col("Số", "number"),
    col("Tên", "title"),
    col("Tên (tiếng Anh)", "titleEn"),
    label("Lĩnh vực", "domain", "domain"),
    col("Nguyên văn nghị quyết", "text"),
  ],
  Indicator: [
    col("Mã", "code"),
    col("Tên", "name"),
    col("Tên (tiếng Anh)", "nameEn"),
    col("Đơn vị tính", "unit"),
    label("Loại đại lượng", "unitKind", "unitKind"),
    label("Loại mục tiêu", "kind", "indicatorKind"),
    label("So sánh", "comparator", "comparator"),
    label("Chiều tốt", "direction", "direction"),
    col("Mục tiêu từ", "targetMin", numberVi),
    col("Mục tiêu đến", "targetMax", numberVi),
    col("Năm gốc", "baselineYear"),
    col("Giá trị năm gốc", "baselineValue", numberVi),
    col("Nguyên văn trong nghị quyết", "sourcePhrase"),
    col("Đang theo dõi", "active", yesNo),
  ],
  Agency: [
    col("Mã", "code"),
    col("Tên", "name"),
    col("Tên viết tắt", "shortName"),
    label("Loại", "kind", "agencyKind"),
    ref("Trực thuộc", "parentId", "agency"),
    col("Từ ngày", "validFrom", dateVi),
    col("Đến ngày", "validTo", dateVi),
    ref("Sáp nhập vào", "successorId", "agency"),
  ],
  Assignment: [
    ref("Chỉ tiêu thành phần", "indicatorId", "indicator"),
    ref("Cơ quan", "agencyId", "agency"),
    label("Vai trò", "role", "assignmentRole"),
    label("Kỳ báo cáo", "frequency", "frequency"),
    col("Hạn (số ngày sau kỳ)", "dueDaysAfterPeriod"),
    col("Từ ngày", "startsOn", dateVi),
    col("Đến ngày", "endsOn", dateVi),
    col("Ghi chú", "note"),
    ref("Người giao", "assignedById", "user"),
    col("Thời điểm giao", "assignedAt", timeVi),
  ],
  Measurement: [
    ref("Chỉ tiêu thành phần", "indicatorId", "indicator"),
    ref("Cơ quan báo cáo", "agencyId", "agency"),
    col("Năm", "year"),
    label("Kỳ", "period", "period"),
    col("Giá trị", "value", numberVi),
    label("Loại số liệu", "valueKind", "valueKind"),
    label("Trạng thái", "status", "status"),
    col("Nguồn số liệu", "source"),
    col("Ngày báo cáo", "reportedOn", dateVi),
    col("Giá trị như báo cáo", "reportedValue", numberVi),
    col("Đơn vị như báo cáo", "reportedUnit"),
    col("Tỷ giá quy đổi", "conversionRate", numberVi),
    col("Nguồn tỷ giá", "rateSource"),
    col("Lưu ý phương pháp", "methodologyNote"),
    col("Ghi chú", "note"),
    col("Minh chứng (đường dẫn)", "evidenceUrl"),
    ref("Người gửi", "submittedById", "user"),
    col("Thời điểm gửi", "submittedAt", timeVi),
    ref("Người duyệt", "reviewedById", "user"),
    col("Thời điểm duyệt", "reviewedAt", timeVi),
    col("Ghi chú của lãnh đạo", "reviewNote"),
    col("Cập nhật", "updatedAt", timeVi),
  ],
  User: [
    col("Họ và tên", "name"),
    col("Thư điện tử", "email"),
    label("Vai trò", "role", "role"),
    ref("Cơ quan", "agencyId", "agency"),
    col("Đang hoạt động", "active", yesNo),
    col("Đăng nhập gần nhất", "lastLoginAt", timeVi),
    col("Ngày tạo", "createdAt", timeVi),
  ],
  ApiToken: [
    col("Tên", "name"),
    ref("Chủ sở hữu", "userId", "user"),
    col("Bắt đầu bằng", "prefix"),
    col("Phạm vi", "scopes", (v) => (Array.isArray(v) ? v.join(", ") : text(v))),
    col("Hết hạn", "expiresAt", timeVi),
    col("Thu hồi lúc", "revokedAt", timeVi),
    col("Dùng gần nhất", "lastUsedAt", timeVi),
    col("Ngày tạo", "createdAt", timeVi),
  ],
  AuditEvent: [
    col("Thời điểm", "at", timeVi),
    {
      header: "Người thực hiện",
      value: (row, names) => (row.actorId ? names.user(row.actorId) : "") || text(row.actorLabel),
    },
    col("Thao tác", "action", (v) => auditActionVi(String(v ?? ""))),
    col("Loại bản ghi", "entityType", (v) => RECORD_TYPE_VI[String(v)] ?? text(v)),
    col("Lý do", "reason"),
  ],
};

/** The ids a column list points to, by kind. */
const REF_FIELDS: Record<keyof Names, string[]> = {
  agency: ["agencyId", "parentId", "successorId"],
  user: ["userId", "assignedById", "submittedById", "reviewedById", "actorId"],
  indicator: ["indicatorId"],
  congress: ["congressId"],
};

async function namesOf<E extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityTarget<E>,
  ids: Set<string>,
  select: (keyof E & string)[],
  show: (row: E) => string,
): Promise<Map<string, string>> {
  if (ids.size === 0) return new Map();
  const rows = await ctx.db
    .getRepository(entity)
    .find({ where: { id: In([...ids]) } as never, select: ["id", ...select] as never });
  return new Map(rows.map((r) => [String(r.id), show(r)]));
}

/** Loads every name the rows need: a handful of queries, whatever the number of rows. */
export async function loadNames(ctx: RequestContext, rows: ObjectLiteral[]): Promise<Names> {
  const ids = (kind: keyof Names) =>
    new Set(rows.flatMap((r) => REF_FIELDS[kind].map((f) => r[f])).filter((v): v is string => !!v));
  const userIds = ids("user");
  const users =
    userIds.size === 0
      ? []
      : await ctx.db.getRepository(User).find({
          where: { id: In([...userIds]) },
          select: { id: true, name: true, agencyId: true },
        });
  const agencyIds = ids("agency");
  for (const u of users) if (u.agencyId) agencyIds.add(u.agencyId);
  const [agencies, indicators, congresses] = await Promise.all([
    namesOf(ctx, Agency, agencyIds, ["shortName"], (a) => a.shortName),
    namesOf(ctx, Indicator, ids("indicator"), ["code", "name"], (i) => `${i.code} ${i.name}`),
    namesOf(
      ctx,
      Congress,
      ids("congress"),
      ["ordinal", "termStartYear", "termEndYear"],
      (c) => `Đại hội lần thứ ${c.ordinal} (${c.termStartYear}–${c.termEndYear})`,
    ),
  ]);
  // A person reads as their name and agency: "Chuyên viên Cục Thống kê · CTK".
  const people = new Map(
    users.map((u) => {
      const agency = u.agencyId ? agencies.get(u.agencyId) : undefined;
      return [u.id, agency ? `${u.name} · ${agency}` : u.name];
    }),
  );
  const get = (map: Map<string, string>) => (id: unknown) =>
    id ? (map.get(String(id)) ?? "") : "";
  return {
    agency: get(agencies),
    indicator: get(indicators),
    congress: get(congresses),
    user: get(people),
  };
}

/** A cell on one line: line breaks inside a text become spaces, so a record is one CSV line. */
export function oneLine(value: unknown): unknown {
  return typeof value === "string" ? value.replace(/\s*[\r\n]+\s*/g, " ") : value;
}
