/**
 * Confirms a draft read by parseResolutionTargets: the targets and indicators of a congress,
 * created in one transaction and audited under one batch id (one event per record and one for
 * the batch). A target already there with the same number and text is skipped, so loading the
 * same text twice writes nothing new; the same number with another text is refused.
 */
import { randomUUID } from "node:crypto";
import { Comparator, IndicatorKind, UnitKind } from "../../common/enums";
import { badInput, notFound } from "../../common/errors";
import { inTransaction } from "../../common/transaction";
import type { RequestContext } from "../../context";
import { recordAudit } from "../audit/audit.service";
import { Congress } from "../congress/congress.entity";
import { Indicator } from "../indicator/indicator.entity";
import { checkPredecessor } from "../indicator/indicator-predecessor";
import { Target } from "../target/target.entity";
import {
  IMPORT_LIMITS,
  type ImportIndicatorInput,
  type ImportTargetInput,
  type ResolutionImportResult,
} from "./resolution-import.inputs";
import { compareDecimal } from "./vi-number";

const normal = (s: string) => s.replace(/\s+/g, " ").trim();
const COUNT_UNITS =
  /^(?:xã|phường|thôn|bản|trường|đảng viên|doanh nghiệp|hợp tác xã|hộ|người|lao động|lượt người|lượt khách|lượt|chi bộ|công trình|sản phẩm)$/iu;

/** What kind of quantity a value is, from its unit and kind (the reviewer can change it later). */
export function unitKindOf(unit: string, kind: IndicatorKind): UnitKind {
  if (unit === "%")
    return kind === IndicatorKind.AVERAGE_ANNUAL_RATE ? UnitKind.CHANGE_RATE : UnitKind.PERCENT;
  return COUNT_UNITS.test(unit) ? UnitKind.COUNT : UnitKind.AMOUNT;
}

function checkIndicator(i: ImportIndicatorInput, field: string) {
  if (!normal(i.name)) throw badInput(`${field}.name`, "Chưa có tên chỉ số (the name is empty)");
  if (
    i.name.length > IMPORT_LIMITS.name ||
    i.unit.length > IMPORT_LIMITS.name ||
    i.phrase.length > IMPORT_LIMITS.text
  )
    throw badInput(field, "Tên, đơn vị hoặc câu nguồn quá dài (a text is too long)");
  if (!normal(i.unit)) throw badInput(`${field}.unit`, "Chưa có đơn vị (the unit is empty)");
  const min = i.targetMin ?? null;
  const max = i.targetMax ?? null;
  if (i.comparator === Comparator.AT_LEAST && min === null)
    throw badInput(`${field}.targetMin`, "Cần cận dưới cho “tối thiểu” (AT_LEAST needs targetMin)");
  if (
    (i.comparator === Comparator.AT_MOST || i.comparator === Comparator.LESS_THAN) &&
    max === null
  )
    throw badInput(`${field}.targetMax`, "Cần cận trên (AT_MOST and LESS_THAN need targetMax)");
  if (i.comparator === Comparator.BETWEEN) {
    if (min === null || max === null)
      throw badInput(`${field}.targetMin`, "Khoảng cần cả hai cận (BETWEEN needs both bounds)");
    if (compareDecimal(min.replace("-", ""), max.replace("-", "")) > 0 && !min.startsWith("-"))
      throw badInput(`${field}.targetMax`, "Cận dưới lớn hơn cận trên (the range is reversed)");
  }
}

export async function importResolutionTargets(
  ctx: RequestContext,
  congressId: string,
  targets: ImportTargetInput[],
): Promise<ResolutionImportResult> {
  // Every bound before any work.
  if (targets.length === 0)
    throw badInput("targets", "Bản nháp không có chỉ tiêu nào (no targets)");
  if (targets.length > IMPORT_LIMITS.targets)
    throw badInput("targets", `Tối đa ${IMPORT_LIMITS.targets} chỉ tiêu (too many targets)`);
  const numbers = new Set<number>();
  targets.forEach((t, k) => {
    const field = `targets[${k}]`;
    if (!Number.isInteger(t.number) || t.number < 1 || t.number > 999)
      throw badInput(`${field}.number`, "Số thứ tự phải từ 1 đến 999 (number out of range)");
    if (numbers.has(t.number))
      throw badInput(`${field}.number`, `Số ${t.number} lặp lại (repeated number)`);
    numbers.add(t.number);
    if (!normal(t.text) || t.text.length > IMPORT_LIMITS.text)
      throw badInput(
        `${field}.text`,
        "Nội dung chỉ tiêu trống hoặc quá dài (text empty or too long)",
      );
    if ((t.title ?? "").length > IMPORT_LIMITS.name)
      throw badInput(`${field}.title`, "Tên quá dài (title too long)");
    if (t.indicators.length > IMPORT_LIMITS.indicators)
      throw badInput(
        `${field}.indicators`,
        `Tối đa ${IMPORT_LIMITS.indicators} chỉ số (too many indicators)`,
      );
    t.indicators.forEach((i, j) => checkIndicator(i, `${field}.indicators[${j}]`));
  });

  return inTransaction(ctx, async (tx) => {
    const congress = await tx.getRepository(Congress).findOneBy({ id: congressId });
    if (!congress || (ctx.user?.provinceId && congress.provinceId !== ctx.user.provinceId))
      throw notFound("Congress", congressId);
    const existing = new Map(
      (await tx.getRepository(Target).findBy({ congressId })).map((t) => [t.number, t]),
    );
    const batchId = randomUUID();
    const reason = `Nạp chỉ tiêu từ văn bản nghị quyết ${batchId}`;
    const result: ResolutionImportResult = {
      batchId,
      createdTargets: 0,
      createdIndicators: 0,
      skippedTargets: 0,
    };
    for (const [k, t] of targets.entries()) {
      const there = existing.get(t.number);
      if (there) {
        if (normal(there.text) === normal(t.text)) {
          result.skippedTargets += 1;
          continue;
        }
        throw badInput(
          `targets[${k}].number`,
          `Chỉ tiêu số ${t.number} đã có với nội dung khác (target ${t.number} exists with another text)`,
        );
      }
      const target = await tx.getRepository(Target).save(
        tx.getRepository(Target).create({
          congressId,
          number: t.number,
          title: normal(t.title ?? "") || normal(t.indicators[0]?.name ?? t.text).slice(0, 120),
          titleEn: "",
          text: normal(t.text),
          domain: t.domain,
        }),
      );
      result.createdTargets += 1;
      await recordAudit(tx, ctx, {
        action: "Target.create",
        entityType: "Target",
        entityId: target.id,
        after: target,
        reason,
      });
      for (const [j, i] of t.indicators.entries()) {
        const unit = normal(i.unit);
        if (i.predecessorId)
          await checkPredecessor(
            tx,
            { targetId: target.id, unit, unitKind: unitKindOf(unit, i.kind) },
            i.predecessorId,
            `targets[${k}].indicators[${j}].predecessorId`,
          );
        const indicator = await tx.getRepository(Indicator).save(
          tx.getRepository(Indicator).create({
            targetId: target.id,
            code: `${t.number}.${String.fromCharCode(97 + j)}`,
            name: normal(i.name),
            nameEn: "",
            unit: normal(i.unit),
            unitKind: unitKindOf(normal(i.unit), i.kind),
            kind: i.kind,
            comparator: i.comparator,
            direction: i.direction,
            targetMin:
              i.comparator === Comparator.AT_MOST || i.comparator === Comparator.LESS_THAN
                ? null
                : (i.targetMin ?? null),
            targetMax: i.comparator === Comparator.AT_LEAST ? null : (i.targetMax ?? null),
            baselineYear: null,
            baselineValue: null,
            planValues: [],
            predecessorId: i.predecessorId ?? null,
            sourcePhrase: normal(i.phrase),
            position: j + 1,
          }),
        );
        result.createdIndicators += 1;
        await recordAudit(tx, ctx, {
          action: "Indicator.create",
          entityType: "Indicator",
          entityId: indicator.id,
          after: indicator,
          reason,
        });
      }
    }
    if (result.createdTargets === 0) return { ...result, batchId: null };
    await recordAudit(tx, ctx, {
      action: "Target.importFromText",
      entityType: "ImportBatch",
      entityId: batchId,
      after: {
        congressId,
        targets: result.createdTargets,
        indicators: result.createdIndicators,
        skipped: result.skippedTargets,
      },
      reason,
    });
    return result;
  });
}
