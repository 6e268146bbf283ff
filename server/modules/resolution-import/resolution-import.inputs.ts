import { Field, InputType, Int, ObjectType, ID } from "type-graphql";
import { Comparator, Direction, IndicatorKind, TargetDomain } from "../../common/enums";
import { DecimalScalar } from "../../common/scalars";

/** Bounds of one confirmed draft, checked before any work. */
export const IMPORT_LIMITS = { targets: 200, indicators: 20, text: 5000, name: 500 } as const;

@InputType({
  description: "One indicator of a confirmed draft, as the administrator corrected it.",
})
export class ImportIndicatorInput {
  @Field({ description: "The resolution's words it comes from (kept as its source phrase)." })
  phrase: string;
  @Field()
  name: string;
  @Field(() => IndicatorKind)
  kind: IndicatorKind;
  @Field(() => Comparator)
  comparator: Comparator;
  @Field(() => DecimalScalar, { nullable: true })
  targetMin?: string | null;
  @Field(() => DecimalScalar, { nullable: true })
  targetMax?: string | null;
  @Field()
  unit: string;
  @Field(() => Direction)
  direction: Direction;
  @Field(() => ID, {
    nullable: true,
    description:
      "The previous term's indicator it continues (the proposal kept, or the reviewer's choice).",
  })
  predecessorId?: string | null;
}

@InputType({ description: "One target of a confirmed draft." })
export class ImportTargetInput {
  @Field(() => Int)
  number: number;
  @Field({ description: "Verbatim text of the target." })
  text: string;
  @Field({ nullable: true, description: "Short title; the first indicator's name when not given." })
  title?: string;
  @Field(() => TargetDomain)
  domain: TargetDomain;
  @Field(() => [ImportIndicatorInput])
  indicators: ImportIndicatorInput[];
}

@ObjectType({ description: "What confirming a draft wrote." })
export class ResolutionImportResult {
  @Field(() => ID, {
    nullable: true,
    description: "The audit batch of what was written; none when nothing was.",
  })
  batchId: string | null;
  @Field(() => Int)
  createdTargets: number;
  @Field(() => Int)
  createdIndicators: number;
  @Field(() => Int, {
    description: "Targets already there with the same number and text: not written again.",
  })
  skippedTargets: number;
}
