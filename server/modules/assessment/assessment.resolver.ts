/** `assessTarget` and a target's `assessment` and `assessments`. */
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { Allow } from "../../auth/allow";
import { Permission } from "../../auth/permissions";
import { AssessedVerdict } from "../../common/enums";
import { LocalDateScalar } from "../../common/scalars";
import type { RequestContext } from "../../context";
import { Target } from "../target/target.entity";
import { assessTarget, assessmentsOf, latestAssessment } from "./assessment.service";
import { TargetAssessment } from "./target-assessment.entity";

@Resolver(() => Target)
export class AssessmentResolver {
  @Allow(Permission.AssessTarget)
  @Mutation(() => TargetAssessment, {
    description:
      "Records the province's own verdict on a target (administrators; audited). It is shown beside the computed verdict and never replaces it; earlier assessments stay in the history.",
  })
  assessTarget(
    @Arg("targetId", () => ID) targetId: string,
    @Arg("verdict", () => AssessedVerdict) verdict: AssessedVerdict,
    @Arg("reason", { description: "Why, as the document says it (at most 2,000 characters)." })
    reason: string,
    @Arg("document", {
      description:
        "The document it comes from, e.g. the Political Report (at most 300 characters).",
    })
    document: string,
    @Arg("documentDate", () => LocalDateScalar) documentDate: string,
    @Ctx() ctx: RequestContext,
  ): Promise<TargetAssessment> {
    return assessTarget(ctx, { targetId, verdict, reason, document, documentDate });
  }

  @FieldResolver(() => TargetAssessment, {
    nullable: true,
    description: "The province's own latest verdict on the target (as of a date, if given).",
  })
  assessment(
    @Root() target: Target,
    @Ctx() ctx: RequestContext,
    @Arg("asOf", () => LocalDateScalar, { nullable: true }) asOf?: string,
  ): Promise<TargetAssessment | null> {
    return latestAssessment(ctx, target.id, asOf ?? null);
  }

  @FieldResolver(() => [TargetAssessment], {
    description: "Every assessment of the target, newest first.",
  })
  assessments(@Root() target: Target, @Ctx() ctx: RequestContext): Promise<TargetAssessment[]> {
    return assessmentsOf(ctx, target.id);
  }
}
