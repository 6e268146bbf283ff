/** `progress` on indicators, targets, key tasks and agencies; `progressSummary`; reporting completeness. */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../auth/allow";
import { Permission } from "../../auth/permissions";
import { PeriodType } from "../../common/enums";
import { assertId } from "../../common/ids";
import { LocalDateScalar } from "../../common/scalars";
import type { RequestContext } from "../../context";
import { Agency } from "../agency/agency.entity";
import { Indicator } from "../indicator/indicator.entity";
import { KeyTask } from "../key-task/key-task.entity";
import { Target } from "../target/target.entity";
import { missingReports } from "./completeness.service";
import { summarySelection } from "./progress.loaders";
import {
  progressOfAgency,
  progressOfIndicator,
  progressOfKeyTask,
  progressOfTarget,
  progressSummary,
} from "./progress.service";
import {
  CombinedProgress,
  IndicatorProgress,
  MissingReport,
  ProgressSummary,
} from "./progress.types";

const AS_OF = {
  nullable: true,
  description: "Answer as of this date (YYYY-MM-DD, Vietnam time), from what was approved by then.",
};

@Resolver(() => Indicator)
export class IndicatorProgressResolver {
  @FieldResolver(() => IndicatorProgress, {
    description: "Verdict, status and reason from approved figures.",
  })
  progress(
    @Root() indicator: Indicator,
    @Ctx() ctx: RequestContext,
    @Arg("asOf", () => LocalDateScalar, AS_OF) asOf?: string,
  ): Promise<IndicatorProgress> {
    return progressOfIndicator(ctx, indicator, asOf);
  }
}

@Resolver(() => Target)
export class TargetProgressResolver {
  @FieldResolver(() => CombinedProgress, { description: "Met when every indicator is met." })
  progress(
    @Root() target: Target,
    @Ctx() ctx: RequestContext,
    @Arg("asOf", () => LocalDateScalar, AS_OF) asOf?: string,
  ) {
    return progressOfTarget(ctx, target, asOf);
  }
}

@Resolver(() => KeyTask)
export class KeyTaskProgressResolver {
  @FieldResolver(() => CombinedProgress, {
    description: "Over the targets that serve this key task.",
  })
  progress(
    @Root() task: KeyTask,
    @Ctx() ctx: RequestContext,
    @Arg("asOf", () => LocalDateScalar, AS_OF) asOf?: string,
  ) {
    return progressOfKeyTask(ctx, task.id, asOf);
  }
}

@Resolver(() => Agency)
export class AgencyProgressResolver {
  @FieldResolver(() => CombinedProgress, {
    description: "Over the indicators the agency currently leads.",
  })
  progress(
    @Root() agency: Agency,
    @Ctx() ctx: RequestContext,
    @Arg("asOf", () => LocalDateScalar, AS_OF) asOf?: string,
  ) {
    return progressOfAgency(ctx, agency.id, asOf);
  }
}

@Resolver()
export class ProgressResolver {
  @Allow(Permission.ReadPublic)
  @Query(() => ProgressSummary, {
    description:
      'How many targets are met ("Đạt và vượt N/20 chỉ tiêu"), at risk or without data; as of a date if given.',
  })
  progressSummary(
    @Arg("congressId", () => ID) congressId: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("asOf", () => LocalDateScalar, AS_OF) asOf?: string,
  ): Promise<ProgressSummary> {
    // The relations its selection asks of the targets are read in the summary's statement.
    const selection = summarySelection(ctx, info);
    return progressSummary(ctx, assertId(congressId, "congressId"), asOf, selection);
  }

  @Allow(Permission.Authenticated)
  @Query(() => [MissingReport], {
    description:
      "Assignments whose figure for the period has not been submitted yet, with how late each is.",
  })
  reportingCompleteness(
    @Arg("congressId", () => ID) congressId: string,
    @Arg("year", () => Int) year: number,
    @Ctx() ctx: RequestContext,
    @Arg("period", () => PeriodType, { nullable: true, defaultValue: PeriodType.YEAR })
    period: PeriodType,
    @Arg("agencyId", () => ID, { nullable: true }) agencyId?: string,
  ): Promise<MissingReport[]> {
    return missingReports(
      ctx,
      assertId(congressId, "congressId"),
      year,
      period,
      agencyId ? assertId(agencyId, "agencyId") : undefined,
    );
  }
}
