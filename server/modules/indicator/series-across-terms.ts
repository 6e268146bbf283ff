/**
 * An indicator's yearly series followed back through its predecessors, one block per term,
 * oldest first, so a chart can draw GRDP growth 2021–2030 with the term boundary between
 * 2025 and 2026. Figures come through indicatorFigures (measurement.loaders.ts), the one rule for who may read a figure:
 * approved ones for everyone, the others only inside their agency and the provincial office.
 */
import { Field, ID, Int, ObjectType } from "type-graphql";
import { MeasurementStatus, PeriodType, ValueKind } from "../../common/enums";
import { badInput } from "../../common/errors";
import { DecimalScalar } from "../../common/scalars";
import type { RequestContext } from "../../context";
import { indicatorFigures } from "../measurement/measurement.loaders";
import { Congress } from "../congress/congress.entity";
import { Measurement } from "../measurement/measurement.entity";
import { Target } from "../target/target.entity";
import { Indicator } from "./indicator.entity";
import { MAX_TERMS_BACK } from "./indicator-predecessor";

@ObjectType({ description: "One year's figure of a series across terms." })
export class SeriesPoint {
  @Field(() => Int) year: number;
  @Field(() => DecimalScalar) value: string;
  @Field(() => ValueKind) valueKind: ValueKind;
  @Field(() => MeasurementStatus, {
    description: "APPROVED, unless unapproved figures were asked for and the caller may read one.",
  })
  status: MeasurementStatus;
}

@ObjectType({ description: "The figures of one indicator in its own term." })
export class TermSeries {
  @Field(() => ID) indicatorId: string;
  @Field({ description: 'The indicator\'s code in that term ("1.a").' }) code: string;
  @Field() name: string;
  @Field() unit: string;
  @Field(() => ID) congressId: string;
  @Field(() => Int) congressOrdinal: number;
  @Field(() => Int) termStartYear: number;
  @Field(() => Int) termEndYear: number;
  @Field(() => [SeriesPoint], {
    description: "The term's years (after its base year), oldest first.",
  })
  points: SeriesPoint[];
}

const rank = (m: Measurement) =>
  (m.status === MeasurementStatus.APPROVED ? 2 : 0) + (m.valueKind === ValueKind.OFFICIAL ? 1 : 0);

/** One figure a year: approved beats the rest, OFFICIAL beats ESTIMATE, then the latest version. */
function yearly(figures: Measurement[], from: number, to: number): SeriesPoint[] {
  const best = new Map<number, Measurement>();
  for (const m of figures) {
    if (m.period !== PeriodType.YEAR || m.year <= from || m.year > to) continue;
    const current = best.get(m.year);
    if (!current || rank(m) >= rank(current)) best.set(m.year, m);
  }
  return [...best.values()]
    .sort((a, b) => a.year - b.year)
    .map((m) => ({ year: m.year, value: m.value, valueKind: m.valueKind, status: m.status }));
}

export async function seriesAcrossTerms(
  ctx: RequestContext,
  indicator: Indicator,
  depth: number,
  withUnapproved: boolean,
): Promise<TermSeries[]> {
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_TERMS_BACK)
    throw badInput("depth", `depth từ 0 đến ${MAX_TERMS_BACK} (depth must be 0–${MAX_TERMS_BACK})`);
  const chain: Indicator[] = [indicator];
  const seen = new Set([indicator.id]);
  for (let k = 0; k < depth; k++) {
    const previousId = chain[chain.length - 1].predecessorId;
    if (!previousId || seen.has(previousId)) break;
    const previous = await ctx.loaders.byId(Indicator).load(previousId);
    if (!previous) break;
    seen.add(previous.id);
    chain.push(previous);
  }
  const filter = withUnapproved
    ? { period: PeriodType.YEAR }
    : { period: PeriodType.YEAR, status: MeasurementStatus.APPROVED };
  const blocks = await Promise.all(
    chain.map(async (i) => {
      const target = await ctx.loaders.byId(Target).load(i.targetId);
      const congress = await ctx.loaders.byId(Congress).load(target!.congressId);
      const figures = await indicatorFigures.load(ctx, i, filter);
      return {
        indicatorId: i.id,
        code: i.code,
        name: i.name,
        unit: i.unit,
        congressId: congress!.id,
        congressOrdinal: congress!.ordinal,
        termStartYear: congress!.termStartYear,
        termEndYear: congress!.termEndYear,
        points: yearly(figures, congress!.termStartYear, congress!.termEndYear),
      };
    }),
  );
  return blocks.reverse();
}
