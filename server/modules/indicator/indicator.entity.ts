import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from "typeorm";
import { Comparator, Direction, IndicatorKind, UnitKind } from "../../common/enums";
import { DecimalScalar } from "../../common/scalars";
import { Target } from "../target/target.entity";

@ObjectType({ description: "A planned value of an indicator for one year of the term." })
export class PlanValue {
  @Field(() => Int)
  year: number;

  @Field(() => DecimalScalar)
  value: string;
}

@ObjectType({
  description: "One measurable quantity of a target, with its goal as the resolution words it.",
})
@Entity("indicator")
@Unique("uq_indicator_target_code", ["targetId", "code"])
@Index("ix_indicator_target", ["targetId"])
@Check(
  "ck_indicator_bounds",
  `("comparator" = 'AT_LEAST' AND "target_min" IS NOT NULL)
   OR ("comparator" IN ('AT_MOST', 'LESS_THAN') AND "target_max" IS NOT NULL)
   OR ("comparator" = 'BETWEEN' AND "target_min" IS NOT NULL AND "target_max" IS NOT NULL AND "target_min" <= "target_max")`,
)
@Check("ck_indicator_baseline", `("baseline_year" IS NULL) = ("baseline_value" IS NULL)`)
@Check("ck_indicator_code", `"code" ~ '^[0-9]+\\.[a-z]$'`)
@Check("ck_indicator_not_own_predecessor", `"predecessor_id" IS NULL OR "predecessor_id" <> "id"`)
@Index("ix_indicator_predecessor", ["predecessorId"])
export class Indicator {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_indicator" })
  id: string;

  @Field(() => ID)
  @Column("uuid")
  targetId: string;

  @ManyToOne(() => Target, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "target_id", foreignKeyConstraintName: "fk_indicator_target" })
  target?: Target;

  @Field({ description: 'Code: target number and a letter, e.g. "12.b".' })
  @Column("text")
  code: string;

  @Field({ description: "Name, in Vietnamese." })
  @Column("text")
  name: string;

  @Field({ description: "Name, in English." })
  @Column("text")
  nameEn: string;

  @Field({ description: 'Unit as the resolution writes it: "%", "xã", "tỷ đồng" ...' })
  @Column("text")
  unit: string;

  @Field(() => UnitKind, { description: "What kind of quantity the value is; drives validation." })
  @Column({ type: "enum", enum: UnitKind, enumName: "unit_kind" })
  unitKind: UnitKind;

  @Field(() => IndicatorKind)
  @Column({ type: "enum", enum: IndicatorKind, enumName: "indicator_kind" })
  kind: IndicatorKind;

  @Field(() => Comparator)
  @Column({ type: "enum", enum: Comparator, enumName: "comparator" })
  comparator: Comparator;

  @Field(() => Direction, {
    description:
      "Which way is better; decides what a value outside a range means (the farm share of GRDP is to fall).",
  })
  @Column({
    type: "enum",
    enum: Direction,
    enumName: "direction",
    default: Direction.HIGHER_IS_BETTER,
  })
  direction: Direction;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Lower bound of the goal (AT_LEAST, BETWEEN).",
  })
  @Column("numeric", { nullable: true })
  targetMin: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Upper bound of the goal (AT_MOST, LESS_THAN, BETWEEN).",
  })
  @Column("numeric", { nullable: true })
  targetMax: string | null;

  @Field(() => Int, { nullable: true, description: "Year of the baseline value." })
  @Column("int", { nullable: true })
  baselineYear: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Value in the baseline year." })
  @Column("numeric", { nullable: true })
  baselineValue: string | null;

  @Field(() => [PlanValue], { description: "Yearly plan values, where the province set them." })
  @Column("jsonb")
  planValues: PlanValue[];

  @Field(() => String, {
    nullable: true,
    description:
      "Where the measure changed during the term (a new poverty standard, a re-based GRDP, merged communes); shown beside the verdict.",
  })
  @Column("text", { nullable: true })
  methodologyNote: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The same quantity in an earlier congress's resolution (GRDP growth 2021–2025 for 2026–2030); its last approved value is the baseline when this indicator has none of its own.",
  })
  @Column("uuid", { nullable: true })
  predecessorId: string | null;

  @ManyToOne(() => Indicator, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "predecessor_id", foreignKeyConstraintName: "fk_indicator_predecessor" })
  predecessor?: Indicator;

  @Field({ description: "The verbatim phrase of the resolution this indicator comes from." })
  @Column("text")
  sourcePhrase: string;

  @Field(() => Int, { description: "Order within the target." })
  @Column("int", { default: 1 })
  position: number;

  @Field({ description: "False once the indicator is retired; its history stays." })
  @Column("boolean", { default: true })
  active: boolean;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
