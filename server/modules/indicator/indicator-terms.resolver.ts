/** One term to the next on Indicator: its predecessor, successors, baseline and series across terms. */
import type { GraphQLResolveInfo } from "graphql";
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  ObjectType,
  Resolver,
  Root,
} from "type-graphql";
import { FromStatement } from "../../read/relations";
import { DecimalScalar, LocalDateScalar } from "../../common/scalars";
import type { RequestContext } from "../../context";
import { baselineOf } from "../progress/baseline-from-predecessor";
import { asOfDate } from "../progress/progress.service";
import { Indicator } from "./indicator.entity";
import { indicatorPredecessor, indicatorSuccessors } from "./indicator.loaders";
import { seriesAcrossTerms, TermSeries } from "./series-across-terms";

@ObjectType({ description: "The baseline a goal is read with, and where it comes from." })
export class EffectiveBaseline {
  @Field(() => Int) year: number;
  @Field(() => DecimalScalar) value: string;
  @Field(() => ID, {
    nullable: true,
    description:
      "The predecessor whose latest approved value it is; null when it is the indicator's own.",
  })
  fromIndicatorId: string | null;
}

@Resolver(() => Indicator)
export class IndicatorTermsResolver {
  @FieldResolver(() => Indicator, {
    nullable: true,
    description: "The same quantity in the previous term's resolution.",
  })
  @FromStatement(indicatorPredecessor)
  async predecessor(
    @Root() i: Indicator,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Indicator | null> {
    return indicatorPredecessor.loadOne(ctx, i, {}, info);
  }

  @FieldResolver(() => [Indicator], { description: "Indicators of later terms that continue it." })
  @FromStatement(indicatorSuccessors)
  async successors(
    @Root() i: Indicator,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Indicator[]> {
    return indicatorSuccessors.load(ctx, i, {}, info);
  }

  @FieldResolver(() => EffectiveBaseline, {
    nullable: true,
    description:
      "Its own baseline, or else its predecessor's latest approved yearly value (as of a date if given).",
  })
  async baseline(
    @Root() i: Indicator,
    @Ctx() ctx: RequestContext,
    @Arg("asOf", () => LocalDateScalar, { nullable: true }) asOf?: string,
  ): Promise<EffectiveBaseline | null> {
    const b = await baselineOf(ctx, i, asOf ? asOfDate(asOf) : null);
    return b.baselineYear === null || b.baselineValue === null
      ? null
      : { year: b.baselineYear, value: b.baselineValue, fromIndicatorId: b.baselineFromId };
  }

  @FieldResolver(() => [TermSeries], {
    description:
      "Its yearly figures followed back through its predecessors, oldest term first: approved figures, or with `withUnapproved` also those the caller may read (their own agency's drafts).",
  })
  seriesAcrossTerms(
    @Root() i: Indicator,
    @Ctx() ctx: RequestContext,
    @Arg("depth", () => Int, {
      defaultValue: 3,
      description: "How many terms back (0–10).",
    })
    depth: number,
    @Arg("withUnapproved", { defaultValue: false }) withUnapproved: boolean,
  ): Promise<TermSeries[]> {
    return seriesAcrossTerms(ctx, i, depth, withUnapproved);
  }
}
