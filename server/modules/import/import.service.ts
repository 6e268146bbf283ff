/**
 * Bulk import of figures. A dry run checks every row and reports what would
 * be created or updated and every error, writing nothing; an import writes
 * all rows or none, in one transaction, as drafts or submitted, each row
 * audited under one batch id plus one event for the batch.
 */
import { randomUUID } from "node:crypto";
import { GraphQLError } from "graphql";
import type { EntityManager } from "typeorm";
import { Permission } from "../../auth/permissions";
import { MeasurementStatus, PeriodType, ValueKind } from "../../common/enums";
import { badInput, forbidden } from "../../common/errors";
import { assertId } from "../../common/ids";
import { normalizeDecimal } from "../../common/scalars";
import { inTransaction } from "../../common/transaction";
import type { RequestContext } from "../../context";
import { Agency } from "../agency/agency.entity";
import { recordAudit } from "../audit/audit.service";
import { Congress } from "../congress/congress.entity";
import { Indicator } from "../indicator/indicator.entity";
import { Measurement } from "../measurement/measurement.entity";
import { checkReporter, validateFigure } from "../measurement/measurement.service";
import { transitions } from "../measurement/workflow";
import { Target } from "../target/target.entity";
import { readNumber } from "../../common/numbers";
import { parseCsv, parseXlsx, type RawRow } from "./import.parse";

export interface ImportOptions {
  dryRun: boolean;
  submit: boolean;
  congressId?: string;
}

export interface RowOutcome {
  row: number;
  indicatorCode: string;
  year: number | null;
  period: string;
  action: "CREATE" | "UPDATE" | "ERROR";
  measurementId: string | null;
  errors: { field: string; message: string }[];
}

export interface ImportOutcome {
  dryRun: boolean;
  /** True when the rows were written (not a dry run, and no row had an error). */
  written: boolean;
  batchId: string | null;
  rows: RowOutcome[];
  created: number;
  updated: number;
  failed: number;
}

const KINDS: Record<string, ValueKind> = {
  official: ValueKind.OFFICIAL,
  "chính thức": ValueKind.OFFICIAL,
  ct: ValueKind.OFFICIAL,
  estimate: ValueKind.ESTIMATE,
  "ước tính": ValueKind.ESTIMATE,
  ước: ValueKind.ESTIMATE,
  ut: ValueKind.ESTIMATE,
};
const PERIODS: Record<string, PeriodType> = {
  "": PeriodType.YEAR,
  year: PeriodType.YEAR,
  năm: PeriodType.YEAR,
  "cả năm": PeriodType.YEAR,
  h1: PeriodType.H1,
  "6 tháng": PeriodType.H1,
  q1: PeriodType.Q1,
  q2: PeriodType.Q2,
  q3: PeriodType.Q3,
  q4: PeriodType.Q4,
  term: PeriodType.TERM,
  "cả nhiệm kỳ": PeriodType.TERM,
};

export async function readFile(filename: string, content: Buffer): Promise<RawRow[]> {
  if (/\.xlsx$/i.test(filename)) return parseXlsx(content);
  if (/\.csv$/i.test(filename)) return parseCsv(content);
  throw badInput("filename", "Chỉ nhận tệp .xlsx hoặc .csv (only .xlsx or .csv)");
}

interface Planned {
  outcome: RowOutcome;
  values?: Partial<Measurement>;
  existing?: Measurement;
}

async function planRow(
  tx: EntityManager,
  ctx: RequestContext,
  raw: RawRow,
  lookups: { indicators: Map<string, Indicator>; agencies: Map<string, Agency> },
  seen: Map<string, number>,
): Promise<Planned> {
  const f = raw.fields;
  const outcome: RowOutcome = {
    row: raw.row,
    indicatorCode: f.indicatorCode ?? "",
    year: null,
    period: f.period ?? "",
    action: "ERROR",
    measurementId: null,
    errors: [],
  };
  const fail = (field: string, message: string): Planned => {
    outcome.errors.push({ field, message });
    return { outcome };
  };
  const indicator = lookups.indicators.get(f.indicatorCode ?? "");
  if (!indicator)
    return fail(
      "indicatorCode",
      `Không có chỉ tiêu thành phần mã "${f.indicatorCode ?? ""}" (unknown indicator code)`,
    );
  const agencyCode = f.agencyCode?.trim();
  const agencyId = agencyCode ? lookups.agencies.get(agencyCode)?.id : ctx.user?.agencyId;
  if (!agencyId)
    return fail(
      "agencyCode",
      agencyCode
        ? `Không có cơ quan mã "${agencyCode}" (unknown agency)`
        : "Thiếu mã cơ quan (agencyCode is required)",
    );
  const year = Number(f.year);
  if (!Number.isInteger(year))
    return fail("year", `Năm "${f.year ?? ""}" không hợp lệ (invalid year)`);
  outcome.year = year;
  const period = PERIODS[(f.period ?? "").trim().toLowerCase()];
  if (!period)
    return fail("period", `Kỳ "${f.period}" không hợp lệ: YEAR, H1, Q1–Q4, TERM (invalid period)`);
  outcome.period = period;
  const valueKind = f.valueKind?.trim()
    ? KINDS[f.valueKind.trim().toLowerCase()]
    : ValueKind.OFFICIAL;
  if (!valueKind)
    return fail("valueKind", `Loại số liệu "${f.valueKind}" không hợp lệ: OFFICIAL hoặc ESTIMATE`);
  // The one number reader, as a file has it; its refusal says how the text was read.
  const read = readNumber(f.value ?? "", "file");
  const value = read.ok ? normalizeDecimal(read.value) : null;
  if (!read.ok || value === null)
    return fail(
      "value",
      read.ok
        ? `Giá trị "${f.value ?? ""}" không phải là số (not a number)`
        : `${read.message} (${read.messageEn})`,
    );

  const key = `${indicator.id}|${agencyId}|${year}|${period}|${valueKind}`;
  if (seen.has(key))
    return fail("row", `Trùng với dòng ${seen.get(key)} (duplicate of row ${seen.get(key)})`);
  seen.set(key, raw.row);

  const values: Partial<Measurement> = {
    indicatorId: indicator.id,
    agencyId,
    year,
    period,
    valueKind,
    value,
    source: f.source ?? "",
    note: f.note || null,
    evidenceUrl: f.evidenceUrl || null,
  };
  try {
    await checkReporter(tx, ctx, indicator.id, agencyId);
    await validateFigure(tx, values);
  } catch (error) {
    if (error instanceof GraphQLError) {
      return fail(String(error.extensions.field ?? "row"), error.message);
    }
    throw error;
  }
  // The open (not yet approved) version of the period is updated; when every version is
  // approved, the row is a new version (a revision), as in the form.
  const versions = await tx
    .getRepository(Measurement)
    .findBy({ indicatorId: indicator.id, agencyId, year, period, valueKind });
  const existing = versions.find((m) => m.status !== MeasurementStatus.APPROVED) ?? null;
  if (existing && !transitions.edit.from.includes(existing.status)) {
    return fail(
      "row",
      `Đã có số liệu ${existing.status === MeasurementStatus.APPROVED ? "đã phê duyệt" : "đang chờ duyệt"} cho kỳ này (a ${existing.status} figure exists)`,
    );
  }
  outcome.action = existing ? "UPDATE" : "CREATE";
  outcome.measurementId = existing?.id ?? null;
  return { outcome, values, existing: existing ?? undefined };
}

async function lookups(tx: EntityManager, ctx: RequestContext, congressId: string | undefined) {
  const congress = congressId
    ? await tx.getRepository(Congress).findOneBy({ id: congressId })
    : await tx
        .getRepository(Congress)
        .createQueryBuilder("c")
        .where(ctx.user?.provinceId ? "c.provinceId = :p" : "true", { p: ctx.user?.provinceId })
        // A congress whose targets are not loaded yet (the 18th, seeded empty) has nothing to
        // report against: the default is the latest one with targets.
        .andWhere(`EXISTS (SELECT 1 FROM "target" t WHERE t."congress_id" = c."id")`)
        .orderBy("c.termEndYear", "DESC")
        .getOne();
  if (!congress) throw badInput("congressId", "Không tìm thấy đại hội (unknown congress)");
  const targets = await tx.getRepository(Target).findBy({ congressId: congress.id });
  const indicators =
    targets.length === 0
      ? []
      : await tx
          .getRepository(Indicator)
          .createQueryBuilder("i")
          .where("i.targetId IN (:...ids)", { ids: targets.map((t) => t.id) })
          .getMany();
  const agencies = await tx.getRepository(Agency).findBy({ provinceId: congress.provinceId });
  return {
    indicators: new Map(indicators.map((i) => [i.code, i])),
    agencies: new Map(agencies.map((a) => [a.code, a])),
  };
}

export async function importFigures(
  ctx: RequestContext,
  raw: RawRow[],
  options: ImportOptions,
): Promise<ImportOutcome> {
  if (!ctx.permissions.has(Permission.SaveMeasurement)) throw forbidden();
  if (options.submit && !ctx.permissions.has(Permission.SubmitMeasurement)) throw forbidden();
  if (raw.length === 0) throw badInput("file", "Tệp không có dòng số liệu nào (no rows)");
  const batchId = randomUUID();
  const dryRun = Symbol("dry run");
  let result: ImportOutcome | undefined;
  try {
    await inTransaction(ctx, async (tx) => {
      const maps = await lookups(tx, ctx, options.congressId);
      const seen = new Map<string, number>();
      const planned: Planned[] = [];
      for (const row of raw) planned.push(await planRow(tx, ctx, row, maps, seen));
      const outcomes = planned.map((p) => p.outcome);
      const failed = outcomes.filter((o) => o.action === "ERROR").length;
      result = {
        dryRun: options.dryRun,
        written: false,
        batchId: null,
        rows: outcomes,
        created: outcomes.filter((o) => o.action === "CREATE").length,
        updated: outcomes.filter((o) => o.action === "UPDATE").length,
        failed,
      };
      // Nothing is written on a dry run or when any row is wrong: all or none.
      if (options.dryRun || failed > 0) throw dryRun;
      await write(tx, ctx, planned, options.submit, batchId);
      result.batchId = batchId;
      result.written = true;
    });
  } catch (error) {
    if (error !== dryRun) throw error;
  }
  return result!;
}

async function write(
  tx: EntityManager,
  ctx: RequestContext,
  planned: Planned[],
  submit: boolean,
  batchId: string,
) {
  const repository = tx.getRepository(Measurement);
  const reason = `Nhập hàng loạt ${batchId}`;
  const now = new Date();
  const status = submit ? MeasurementStatus.SUBMITTED : MeasurementStatus.DRAFT;
  const stamp = submit ? { submittedById: ctx.user?.id ?? null, submittedAt: now } : {};
  for (const p of planned) {
    if (submit && !p.values!.source?.trim()) {
      throw badInput(
        "source",
        `Dòng ${p.outcome.row}: cần ghi nguồn để gửi duyệt (a source is required to submit)`,
      );
    }
    if (p.existing) {
      const after = repository.merge(repository.create({ ...p.existing }), p.values!, {
        status,
        version: p.existing.version + 1,
        ...stamp,
      });
      await repository.save(after);
      await recordAudit(tx, ctx, {
        action: "Measurement.update",
        entityType: "Measurement",
        entityId: after.id,
        before: p.existing,
        after,
        reason,
      });
    } else {
      const row = await repository.save(
        repository.create({
          ...p.values,
          status,
          version: 1,
          createdById: ctx.user?.id ?? null,
          ...stamp,
        }),
      );
      p.outcome.measurementId = row.id;
      await recordAudit(tx, ctx, {
        action: "Measurement.create",
        entityType: "Measurement",
        entityId: row.id,
        after: row,
        reason,
      });
    }
  }
  await recordAudit(tx, ctx, {
    action: "Measurement.import",
    entityType: "ImportBatch",
    entityId: batchId,
    after: { rows: planned.length, submitted: submit },
    reason,
  });
}

/** A file sent as base64 (the importMeasurements mutation): read, then imported as importFigures. */
export async function importFile(
  ctx: RequestContext,
  filename: string,
  contentBase64: string,
  options: { dryRun: boolean; submit: boolean; congressId?: string },
): Promise<ImportOutcome> {
  if (!/^[A-Za-z0-9+/=\s]*$/.test(contentBase64))
    throw badInput("contentBase64", "Nội dung không phải base64 (not base64)");
  const rows = await readFile(filename, Buffer.from(contentBase64, "base64"));
  return importFigures(ctx, rows, {
    dryRun: options.dryRun,
    submit: options.submit,
    congressId: options.congressId ? assertId(options.congressId, "congressId") : undefined,
  });
}
