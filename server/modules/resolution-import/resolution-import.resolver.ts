import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../../auth/allow";
import { Permission } from "../../auth/permissions";
import { assertId } from "../../common/ids";
import type { RequestContext } from "../../context";
import {
  ImportTargetInput,
  IMPORT_LIMITS,
  ResolutionImportResult,
} from "./resolution-import.inputs";
import { importResolutionTargets } from "./resolution-import.service";
import { MAX_RESOLUTION_TEXT_BYTES, parseResolutionTargets } from "./resolution-parser";
import { ResolutionDraft } from "./resolution-import.types";
import { proposePredecessors } from "./predecessor-proposal";

@Resolver()
export class ResolutionImportResolver {
  @Allow(Permission.ManageCongress)
  @Query(() => ResolutionDraft, {
    description: `Reads the main-targets section of a congress resolution, as pasted, into a draft of targets and indicators (kind, comparator, bounds, unit, year, direction and the problems to review). Rule-based and offline; nothing is written. The text (at most ${MAX_RESOLUTION_TEXT_BYTES / 1024} KB) goes in a variable: a query document is limited to 20,000 characters.`,
  })
  parseResolutionTargets(
    @Arg("text", {
      description: "The section as officials paste it: “(1) …”, “1. …”, “a) …” or “- …” items.",
    })
    text: string,
    @Arg("termEndYear", () => Int, { description: "The term's last year (2030 for 2025–2030)." })
    termEndYear: number,
    @Ctx() ctx: RequestContext,
    @Arg("congressId", () => ID, {
      nullable: true,
      description:
        "The congress the text is for: each indicator then gets a proposed predecessor from the previous congress.",
    })
    congressId?: string,
  ): ResolutionDraft | Promise<ResolutionDraft> {
    const draft = parseResolutionTargets(text, termEndYear);
    return congressId ? proposePredecessors(ctx, assertId(congressId, "congressId"), draft) : draft;
  }

  @Allow(Permission.ManageCongress)
  @Mutation(() => ResolutionImportResult, {
    description: `Confirms a draft of parseResolutionTargets, as corrected: creates the congress's targets and indicators in one transaction, audited as one batch. Targets already there with the same number and text are skipped (loading the same text twice writes nothing new); the same number with another text is a BAD_USER_INPUT. At most ${IMPORT_LIMITS.targets} targets of ${IMPORT_LIMITS.indicators} indicators.`,
  })
  importResolutionTargets(
    @Arg("congressId", () => ID) congressId: string,
    @Arg("targets", () => [ImportTargetInput]) targets: ImportTargetInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<ResolutionImportResult> {
    return importResolutionTargets(ctx, assertId(congressId, "congressId"), targets);
  }
}
