/**
 * The province's own assessment of a target: recorded by an administrator, audited, kept with
 * its history (a new assessment supersedes the previous one, which stays). Shown beside the
 * computed verdict; nothing here reads or writes the computed one.
 */
import { Permission } from "../../auth/permissions";
import { vietnamDate } from "../../common/dates";
import { AssessedVerdict } from "../../common/enums";
import { badInput, forbidden, notFound } from "../../common/errors";
import { assertId } from "../../common/ids";
import { inTransaction } from "../../common/transaction";
import type { RequestContext } from "../../context";
import { recordAudit } from "../audit/audit.service";
import { Target } from "../target/target.entity";
import { TargetAssessment } from "./target-assessment.entity";

/** Bounds checked before any work. */
export const ASSESSMENT_LIMITS = { reason: 2000, document: 300 } as const;

export interface AssessTargetInput {
  targetId: string;
  verdict: AssessedVerdict;
  reason: string;
  document: string;
  documentDate: string;
}

/** A target's assessments, newest first (by the document's date, then when recorded). */
export function assessmentsOf(ctx: RequestContext, targetId: string): Promise<TargetAssessment[]> {
  return ctx.loaders
    .manyBy(TargetAssessment, "targetId", {
      orderBy: { "row.documentDate": "DESC", "row.createdAt": "DESC" },
    })
    .load(targetId);
}

/** The assessment that stands on a date (by the document's date), or the latest one. */
export async function latestAssessment(
  ctx: RequestContext,
  targetId: string,
  asOf: string | null,
): Promise<TargetAssessment | null> {
  const all = await assessmentsOf(ctx, targetId);
  return all.find((a) => asOf === null || a.documentDate <= asOf) ?? null;
}

export function assessmentDiffers(
  assessment: TargetAssessment | null,
  computedVerdict: string,
): boolean {
  return assessment !== null && assessment.verdict !== computedVerdict;
}

export async function assessTarget(
  ctx: RequestContext,
  input: AssessTargetInput,
): Promise<TargetAssessment> {
  if (!ctx.permissions.has(Permission.AssessTarget)) throw forbidden();
  const targetId = assertId(input.targetId, "targetId");
  const reason = input.reason.trim();
  const document = input.document.trim();
  if (reason.length === 0) throw badInput("reason", "Cần ghi lý do (a reason is required)");
  if (reason.length > ASSESSMENT_LIMITS.reason)
    throw badInput(
      "reason",
      `Lý do tối đa ${ASSESSMENT_LIMITS.reason} ký tự (at most ${ASSESSMENT_LIMITS.reason} characters)`,
    );
  if (document.length === 0)
    throw badInput("document", "Cần ghi văn bản đánh giá (the document is required)");
  if (document.length > ASSESSMENT_LIMITS.document)
    throw badInput(
      "document",
      `Tên văn bản tối đa ${ASSESSMENT_LIMITS.document} ký tự (at most ${ASSESSMENT_LIMITS.document} characters)`,
    );
  if (input.documentDate > vietnamDate())
    throw badInput("documentDate", "Ngày văn bản chưa tới (the document's date is in the future)");
  return inTransaction(ctx, async (tx) => {
    const target = await tx.getRepository(Target).findOneBy({ id: targetId });
    if (!target) throw notFound("Target", targetId);
    const repository = tx.getRepository(TargetAssessment);
    const previous = await repository.findOne({
      where: { targetId },
      order: { documentDate: "DESC", createdAt: "DESC" },
    });
    const saved = await repository.save(
      repository.create({
        targetId,
        verdict: input.verdict,
        reason,
        document,
        documentDate: input.documentDate,
        recordedById: ctx.user?.id ?? null,
      }),
    );
    await recordAudit(tx, ctx, {
      action: "Target.assess",
      entityType: "Target",
      entityId: targetId,
      before: previous,
      after: saved,
      reason,
    });
    return saved;
  });
}
