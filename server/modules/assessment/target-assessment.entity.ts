import { Field, ID, ObjectType } from "type-graphql";
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { AssessedVerdict } from "../../common/enums";
import { LocalDateScalar } from "../../common/scalars";
import { Target } from "../target/target.entity";
import { User } from "../user/user.entity";

/**
 * The province's own verdict on a target ("đạt và vượt 18/20" in the Political Report), recorded
 * by an administrator. Append-only: a new assessment supersedes the previous one, which stays in
 * the history; the computed verdict is never touched.
 */
@ObjectType({
  description:
    "The province's own verdict on a target (Vượt, Đạt, Không đạt), with its reason and the document it comes from; shown beside the computed verdict, never replacing it.",
})
@Entity("target_assessment")
@Index("ix_target_assessment_target", ["targetId", "createdAt"])
export class TargetAssessment {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_target_assessment" })
  id: string;

  @Field(() => ID)
  @Column("uuid")
  targetId: string;

  @ManyToOne(() => Target, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "target_id", foreignKeyConstraintName: "fk_target_assessment_target" })
  target?: Target;

  @Field(() => AssessedVerdict)
  @Column({ type: "enum", enum: AssessedVerdict, enumName: "assessed_verdict" })
  verdict: AssessedVerdict;

  @Field({ description: "Why, as the document says it." })
  @Column("text")
  reason: string;

  @Field({ description: "The document the verdict comes from (Báo cáo chính trị, a resolution)." })
  @Column("text")
  document: string;

  @Field(() => LocalDateScalar, { description: "The document's date." })
  @Column("date")
  documentDate: string;

  @Field(() => ID, { nullable: true })
  @Column("uuid", { nullable: true })
  recordedById: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({
    name: "recorded_by_id",
    foreignKeyConstraintName: "fk_target_assessment_recorded_by",
  })
  recordedBy?: User;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
