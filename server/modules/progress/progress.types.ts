/** GraphQL shapes of progress: per indicator, combined per target, key task and agency, and the summary. */
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateScalar } from "../../common/scalars";
import { Agency } from "../agency/agency.entity";
import { Assignment } from "../assignment/assignment.entity";
import { Indicator } from "../indicator/indicator.entity";
import { TargetAssessment } from "../assessment/target-assessment.entity";
import { Target } from "../target/target.entity";

export enum VerdictEnum {
  EXCEEDED = "EXCEEDED",
  MET = "MET",
  NOT_MET = "NOT_MET",
  NO_DATA = "NO_DATA",
}
export enum TrackStatusEnum {
  ON_TRACK = "ON_TRACK",
  AT_RISK = "AT_RISK",
  OFF_TRACK = "OFF_TRACK",
}
registerEnumType(VerdictEnum, {
  name: "Verdict",
  description: "Vượt (EXCEEDED), Đạt (MET), Không đạt (NOT_MET), Chưa có số liệu (NO_DATA).",
});
registerEnumType(TrackStatusEnum, {
  name: "TrackStatus",
  description:
    "During the term: đúng tiến độ (ON_TRACK), có nguy cơ (AT_RISK), chậm tiến độ (OFF_TRACK).",
});

@ObjectType({
  description: "How an indicator stands, from approved figures only (OFFICIAL beats ESTIMATE).",
})
export class IndicatorProgress {
  @Field(() => VerdictEnum) verdict: VerdictEnum;
  @Field({
    description: 'As the province writes it: "Vượt", "Đạt", "Không đạt", "Chưa có số liệu".',
  })
  verdictLabel: string;
  @Field(() => TrackStatusEnum, {
    nullable: true,
    description: "Only while the term's last year has no figure.",
  })
  status: TrackStatusEnum | null;
  @Field(() => String, { nullable: true }) statusLabel: string | null;
  @Field({ description: "Why, in one Vietnamese sentence with the numbers." }) reason: string;
  @Field({ description: "The same reason in English, numbers written the English way." })
  reasonEn: string;
  @Field({
    description: "True when an approved whole-term (TERM) figure decided the verdict.",
  })
  termFigure: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      "The indicator's methodology note (a changed measure), to show beside the verdict.",
  })
  methodologyNote: string | null;
  @Field(() => Number, {
    nullable: true,
    description: "Compound average rate, latest level, worst year or sum so far, by kind.",
  })
  valueSoFar: number | null;
  @Field(() => Number, { nullable: true, description: "Projection to the term's last year." })
  projected: number | null;
  @Field(() => Number, { nullable: true, description: "What is still needed per remaining year." })
  neededPerYear: number | null;
  @Field(() => [Int]) yearsCounted: number[];
  @Field(() => [Int]) yearsMissing: number[];
  @Field(() => LocalDateScalar, { description: "The date the answer is as of." }) asOf: string;
}

@ObjectType({ description: "Combined progress: met when every part is met." })
export class CombinedProgress {
  @Field(() => VerdictEnum) verdict: VerdictEnum;
  @Field() verdictLabel: string;
  @Field(() => TrackStatusEnum, { nullable: true }) status: TrackStatusEnum | null;
  @Field(() => String, { nullable: true }) statusLabel: string | null;
  @Field({ description: "Why, naming the parts that are not met." }) reason: string;
  @Field({ description: "The same reason in English." }) reasonEn: string;
  @Field(() => [String], {
    description:
      'Codes of the parts whose verdict is the combined one ("2.a", or "Chỉ tiêu 2"): they decide it.',
  })
  decidedBy: string[];
  @Field(() => [String], {
    description: "Methodology notes of the parts (changed measures), to show beside the verdict.",
  })
  methodologyNotes: string[];
  @Field(() => Int, { description: "Parts (indicators or targets) met or exceeded." }) met: number;
  @Field(() => Int) total: number;
  @Field(() => LocalDateScalar) asOf: string;
}

@ObjectType({ description: "One target's line in the summary." })
export class TargetProgressLine {
  @Field(() => Target) target: Target;
  @Field(() => CombinedProgress) progress: CombinedProgress;
  @Field(() => TargetAssessment, {
    nullable: true,
    description: "The province's own latest verdict on the target, beside the computed one.",
  })
  assessment: TargetAssessment | null;
  @Field({
    description:
      "True when the province's own verdict differs from the computed one (false without an assessment).",
  })
  assessmentDiffers: boolean;
}

@ObjectType({ description: 'The resolution at a glance: "Đạt và vượt N/20 chỉ tiêu ...".' })
export class ProgressSummary {
  @Field(() => ID) congressId: string;
  @Field(() => LocalDateScalar) asOf: string;
  @Field({ description: "The sentence as the province writes it." }) sentence: string;
  @Field({ description: "The same sentence in English." }) sentenceEn: string;
  @Field(() => Int) total: number;
  @Field(() => Int) exceeded: number;
  @Field(() => Int) met: number;
  @Field(() => Int) notMet: number;
  @Field(() => Int) noData: number;
  @Field(() => Int) atRisk: number;
  @Field(() => Int) offTrack: number;
  @Field(() => [TargetProgressLine]) targets: TargetProgressLine[];
}

@ObjectType({ description: "An assignment whose figure for a period has not been submitted." })
export class MissingReport {
  @Field(() => Assignment) assignment: Assignment;
  @Field(() => Agency) agency: Agency;
  @Field(() => Indicator) indicator: Indicator;
  @Field(() => Int) year: number;
  @Field() period: string;
  @Field({ description: "MISSING (nothing yet), DRAFT or RETURNED." }) state: string;
  /** Resolved to `measurement` by MissingReportResolver. */
  measurementId: string | null;
  @Field(() => LocalDateScalar, {
    description: "End of the period plus the assignment's due days.",
  })
  dueOn: string;
  @Field(() => Int, {
    description: "Days past the due date, in Vietnam's time zone (0 if not yet due).",
  })
  daysLate: number;
}
