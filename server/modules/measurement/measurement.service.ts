/**
 * Figures and their workflow. Every step locks the row, checks the version
 * the caller read, the transition table and who may take it, then writes the
 * change and its audit event in one transaction.
 */
import { IsNull, type EntityManager } from "typeorm";
import { Permission } from "../../auth/permissions";
import { vietnamDate } from "../../common/dates";
import { IndicatorKind, MeasurementStatus, ValueKind, PeriodType } from "../../common/enums";
import { apiError, badInput, conflict, forbidden, notFound } from "../../common/errors";
import { assertId } from "../../common/ids";
import { inTransaction } from "../../common/transaction";
import type { RequestContext } from "../../context";
import { Assignment } from "../assignment/assignment.entity";
import { recordAudit } from "../audit/audit.service";
import { Congress } from "../congress/congress.entity";
import { Indicator } from "../indicator/indicator.entity";
import { Target } from "../target/target.entity";
import { Measurement } from "./measurement.entity";
import type { SaveMeasurementArgs, MeasurementFilter } from "./measurement.inputs";
import { checkConversion, checkValue, checkYear } from "./measurement-value";
import { nextStatus, transitions, type Transition } from "./workflow";
import { ALIAS, whereEquals, type ListSpec } from "../../common/list";
import { whereIndicatorWithin } from "../indicator/indicator.filters";
import { mayReadFigure, scopeMeasurements } from "./measurement.scope";

async function lockMeasurement(
  tx: EntityManager,
  ctx: RequestContext,
  id: string,
  version: number,
): Promise<Measurement> {
  const row = await tx
    .getRepository(Measurement)
    .createQueryBuilder("m")
    .setLock("pessimistic_write")
    .where("m.id = :id", { id: assertId(id, "id") })
    .getOne();
  if (!row) throw notFound("Measurement", id);
  // Acting on another agency's unpublished figure is refused outright (reading it is NOT_FOUND).
  if (!mayReadFigure(ctx, row))
    throw forbidden("Số liệu thuộc cơ quan khác (the figure belongs to another agency)");
  if (row.version !== version) {
    throw conflict(
      `Số liệu đã được thay đổi (phiên bản ${row.version}, bạn gửi ${version}); hãy tải lại (stale version, reload)`,
    );
  }
  return row;
}

/** Reporters act only on indicators assigned to their agency; the provincial office acts for any. */
export async function checkReporter(
  tx: EntityManager,
  ctx: RequestContext,
  indicatorId: string,
  agencyId: string,
): Promise<void> {
  if (ctx.permissions.has(Permission.ReviewAnyAgency)) return;
  if (!ctx.user?.agencyId || ctx.user.agencyId !== agencyId) {
    throw forbidden("Chỉ nhập số liệu cho cơ quan của mình (only for your own agency)");
  }
  const assigned = await tx
    .getRepository(Assignment)
    .existsBy({ indicatorId, agencyId, endsOn: IsNull() });
  if (!assigned)
    throw forbidden(
      "Chỉ tiêu này không được giao cho cơ quan của bạn (indicator not assigned to your agency)",
    );
}

/** Heads review their own agency's figures, never one they submitted themselves. */
function checkReviewer(ctx: RequestContext, row: Measurement): void {
  if (row.submittedById && row.submittedById === ctx.user?.id) {
    throw forbidden(
      "Không được tự duyệt số liệu do chính mình gửi (you cannot review a figure you submitted)",
    );
  }
  if (ctx.permissions.has(Permission.ReviewAnyAgency)) return;
  if (!ctx.user?.agencyId || ctx.user.agencyId !== row.agencyId) {
    throw forbidden("Chỉ duyệt số liệu của cơ quan mình (only your own agency's figures)");
  }
}

function requirePermission(ctx: RequestContext, transition: Transition): void {
  if (!ctx.permissions.has(transitions[transition].permission)) throw forbidden();
}

export async function validateFigure(
  tx: EntityManager,
  values: Partial<Measurement>,
): Promise<void> {
  const indicator = await tx.getRepository(Indicator).findOneBy({ id: values.indicatorId! });
  if (!indicator)
    throw badInput("indicatorId", "Không có chỉ tiêu thành phần với mã này (unknown indicator)");
  if (!indicator.active)
    throw badInput("indicatorId", "Chỉ tiêu thành phần đã ngừng theo dõi (indicator retired)");
  const target = await tx.getRepository(Target).findOneByOrFail({ id: indicator.targetId });
  const congress = await tx.getRepository(Congress).findOneByOrFail({ id: target.congressId });
  const problem =
    checkValue(values.value!, indicator.unitKind) ??
    checkYear(
      values.year!,
      congress.termStartYear,
      congress.termEndYear,
      Number(vietnamDate().slice(0, 4)),
    );
  if (problem) throw badInput(problem.field, problem.message);
  const wholeTerm =
    indicator.kind === IndicatorKind.AVERAGE_ANNUAL_RATE ||
    indicator.kind === IndicatorKind.TERM_TOTAL;
  if (values.period === PeriodType.TERM) {
    if (!wholeTerm)
      throw badInput(
        "period",
        "Số liệu cả nhiệm kỳ (TERM) chỉ dành cho chỉ tiêu bình quân hoặc tổng cả giai đoạn (TERM is for average-rate and term-total indicators)",
      );
    if (values.year !== congress.termEndYear)
      throw badInput(
        "year",
        `Số liệu cả nhiệm kỳ ghi năm cuối nhiệm kỳ ${congress.termEndYear} (a TERM figure's year is the term's last year)`,
      );
  }
  const conversionProblem = checkConversion(values);
  if (conversionProblem) throw badInput(conversionProblem.field, conversionProblem.message);
  if (values.evidenceUrl && !/^https?:\/\/\S+$/.test(values.evidenceUrl)) {
    throw badInput("evidenceUrl", "Đường dẫn minh chứng phải bắt đầu bằng http:// hoặc https://");
  }
}

export async function saveMeasurement(
  ctx: RequestContext,
  args: SaveMeasurementArgs,
): Promise<Measurement> {
  requirePermission(ctx, "edit");
  return inTransaction(ctx, async (tx) => {
    const repository = tx.getRepository(Measurement);
    if (args.id) {
      if (args.version === undefined)
        throw badInput("version", "Cần phiên bản khi sửa (version is required to edit)");
      const before = await lockMeasurement(tx, ctx, args.id, args.version);
      const step = nextStatus(before.status, "edit");
      if (!step.ok) throw conflict(step.message);
      for (const field of ["indicatorId", "agencyId"] as const) {
        if (args[field] !== undefined && args[field] !== before[field]) {
          throw badInput(field, `Không đổi ${field} của số liệu đã có (cannot change ${field})`);
        }
      }
      await checkReporter(tx, ctx, before.indicatorId, before.agencyId);
      const { id: _id, version: _v, ...changes } = args;
      const next = repository.merge(repository.create({ ...before }), changes, {
        version: before.version + 1,
      });
      await validateFigure(tx, next);
      const saved = await repository.save(next);
      await recordAudit(tx, ctx, {
        action: "Measurement.update",
        entityType: "Measurement",
        entityId: saved.id,
        before,
        after: saved,
      });
      return saved;
    }
    for (const field of ["indicatorId", "year", "value"] as const) {
      if (args[field] === undefined || args[field] === null)
        throw badInput(field, `Thiếu ${field} (${field} is required)`);
    }
    const agencyId = args.agencyId ? assertId(args.agencyId, "agencyId") : ctx.user?.agencyId;
    if (!agencyId) throw badInput("agencyId", "Thiếu cơ quan báo cáo (agencyId is required)");
    const indicatorId = assertId(args.indicatorId!, "indicatorId");
    await checkReporter(tx, ctx, indicatorId, agencyId);
    const values = repository.create({
      indicatorId,
      agencyId,
      year: args.year!,
      period: args.period ?? PeriodType.YEAR,
      value: args.value!,
      valueKind: args.valueKind ?? ValueKind.OFFICIAL,
      source: args.source ?? "",
      note: args.note ?? null,
      evidenceUrl: args.evidenceUrl ?? null,
      reportedOn: args.reportedOn ?? null,
      reportedValue: args.reportedValue ?? null,
      reportedUnit: args.reportedUnit?.trim() || null,
      conversionRate: args.conversionRate ?? null,
      rateSource: args.rateSource?.trim() || null,
      methodologyNote: args.methodologyNote?.trim() || null,
      status: MeasurementStatus.DRAFT,
      version: 1,
      createdById: ctx.user?.id ?? null,
    });
    await validateFigure(tx, values);
    const saved = await repository.save(values);
    await recordAudit(tx, ctx, {
      action: "Measurement.create",
      entityType: "Measurement",
      entityId: saved.id,
      after: saved,
    });
    return saved;
  });
}

/** Takes one workflow step: submit, approve, return or reopen. */
export async function transition(
  ctx: RequestContext,
  step: Exclude<Transition, "edit">,
  id: string,
  version: number,
  reason?: string,
): Promise<Measurement> {
  requirePermission(ctx, step);
  const rule = transitions[step];
  const why = reason?.trim() || null;
  if (rule.reasonRequired && !why)
    throw badInput("reason", `Cần ghi lý do khi ${rule.label} (a reason is required)`);
  return inTransaction(ctx, async (tx) => {
    const before = await lockMeasurement(tx, ctx, id, version);
    const next = nextStatus(before.status, step);
    if (!next.ok) throw conflict(next.message);
    if (rule.review) checkReviewer(ctx, before);
    else await checkReporter(tx, ctx, before.indicatorId, before.agencyId);
    if (step === "submit" && !before.source.trim()) {
      throw badInput(
        "source",
        "Cần ghi nguồn số liệu trước khi gửi duyệt (a source is required to submit)",
      );
    }
    const now = new Date();
    const changes: Partial<Measurement> = { status: next.status, version: before.version + 1 };
    if (step === "submit")
      Object.assign(changes, { submittedById: ctx.user?.id ?? null, submittedAt: now });
    if (rule.review)
      Object.assign(changes, {
        reviewedById: ctx.user?.id ?? null,
        reviewedAt: now,
        reviewNote: why,
      });
    const result = await tx
      .getRepository(Measurement)
      .createQueryBuilder()
      .update()
      .set(changes)
      .where("id = :id AND version = :version", { id: before.id, version })
      .returning("*")
      .execute();
    if (result.affected !== 1)
      throw conflict(
        "Số liệu vừa được người khác thay đổi; hãy tải lại (changed meanwhile, reload)",
      );
    const after = await tx.getRepository(Measurement).findOneByOrFail({ id: before.id });
    await recordAudit(tx, ctx, {
      action: `Measurement.${step}`,
      entityType: "Measurement",
      entityId: before.id,
      before,
      after,
      reason: why,
    });
    return after;
  });
}

/**
 * Returns or reopens a figure, then reminds at once who must act: the reporter of a returned
 * figure, the head who approved a reopened one.
 */
export async function transitionAndRemind(
  ctx: RequestContext,
  step: "return" | "reopen",
  id: string,
  version: number,
  reason: string,
): Promise<Measurement> {
  const figure = await transition(ctx, step, id, version, reason);
  await ctx.reminders?.afterTransition(step, figure, ctx.user);
  return figure;
}

/** Deletes a draft or returned figure of the caller's own agency. */
export async function deleteMeasurement(ctx: RequestContext, id: string): Promise<Measurement> {
  requirePermission(ctx, "edit");
  return inTransaction(ctx, async (tx) => {
    const row = await tx.getRepository(Measurement).findOneBy({ id: assertId(id, "id") });
    if (!row) throw notFound("Measurement", id);
    await lockMeasurement(tx, ctx, id, row.version);
    if (!transitions.edit.from.includes(row.status)) {
      throw apiError(
        "CONFLICT",
        "Chỉ xóa được bản nháp hoặc số liệu bị trả lại (only drafts and returned figures)",
      );
    }
    await checkReporter(tx, ctx, row.indicatorId, row.agencyId);
    await tx.getRepository(Measurement).delete(row.id);
    await recordAudit(tx, ctx, {
      action: "Measurement.delete",
      entityType: "Measurement",
      entityId: row.id,
      before: row,
    });
    return row;
  });
}

export const measurementList: ListSpec<Measurement, MeasurementFilter> = {
  entity: Measurement,
  typeName: "Measurement",
  allow: [Permission.ReadPublic],
  sortable: {
    year: "year",
    period: "period",
    status: "status",
    value: "value",
    submittedAt: "submittedAt",
    reviewedAt: "reviewedAt",
    updatedAt: "updatedAt",
  },
  defaultSort: { field: "year", order: "DESC" },
  searchable: ["source", "note"],
  scope: (qb, ctx) => scopeMeasurements(qb, ALIAS, ctx),
  filter(qb, f) {
    whereEquals(qb, "indicatorId", f.indicatorId, "filter.indicatorId");
    whereEquals(qb, "agencyId", f.agencyId, "filter.agencyId");
    whereEquals(qb, "status", f.status, "filter.status");
    whereEquals(qb, "year", f.year, "filter.year");
    whereEquals(qb, "period", f.period, "filter.period");
    whereEquals(qb, "valueKind", f.valueKind, "filter.valueKind");
    whereIndicatorWithin(qb, f);
  },
};
