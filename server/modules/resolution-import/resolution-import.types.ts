import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Comparator, Direction, IndicatorKind } from "../../common/enums";
import { DecimalScalar } from "../../common/scalars";

@ObjectType({
  description:
    "The previous term's indicator a drafted one seems to continue: same unit and kinds, the closest name.",
})
export class ProposedPredecessor {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => Float, { description: "Share of the names' words in common (0–1)." })
  similarity: number;
}

@ObjectType({
  description: "One indicator the parser read from a target's text: a draft, not saved.",
})
export class DraftIndicator {
  @Field({ description: "The words of the resolution it was read from, verbatim." })
  phrase: string;
  @Field({ description: "A proposed name, from the words before (or after) its number." })
  name: string;
  @Field(() => IndicatorKind)
  kind: IndicatorKind;
  @Field(() => Comparator)
  comparator: Comparator;
  @Field(() => DecimalScalar, { nullable: true, description: "Lower bound (AT_LEAST, BETWEEN)." })
  targetMin: string | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Upper bound (AT_MOST, LESS_THAN, BETWEEN).",
  })
  targetMax: string | null;
  @Field({ description: 'Unit as the resolution writes it: "%", "tỷ đồng", "bác sỹ/vạn dân" …' })
  unit: string;
  @Field(() => Int, {
    description:
      "The year the goal is set for; the term's last year unless the text names another.",
  })
  targetYear: number;
  @Field(() => Direction)
  direction: Direction;
  @Field(() => [String], {
    description:
      "What the rules could not settle, for the reviewer (Vietnamese, English in brackets).",
  })
  problems: string[];
  @Field(() => ProposedPredecessor, {
    nullable: true,
    description:
      "With congressId: the previous congress's indicator it seems to continue, for the reviewer to keep or change; never linked without the confirmation.",
  })
  proposedPredecessor?: ProposedPredecessor | null;
}

@ObjectType({
  description: "One numbered target of the pasted text, with the indicators read from it.",
})
export class DraftTarget {
  @Field(() => Int)
  number: number;
  @Field({
    description: "The target's text, verbatim (whitespace normalised), without its number.",
  })
  text: string;
  @Field(() => [DraftIndicator])
  indicators: DraftIndicator[];
  @Field(() => [String], { description: "A target with no measurable figure, a repeated number …" })
  problems: string[];
}

@ObjectType({
  description: "The draft of a resolution's main targets, read from its text. Nothing is saved.",
})
export class ResolutionDraft {
  @Field(() => [DraftTarget])
  targets: DraftTarget[];
}
