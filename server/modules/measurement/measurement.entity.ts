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
  UpdateDateColumn,
} from "typeorm";
import { MeasurementStatus, PeriodType, ValueKind } from "../../common/enums";
import { DecimalScalar, LocalDateScalar } from "../../common/scalars";
import { Agency } from "../agency/agency.entity";
import { Indicator } from "../indicator/indicator.entity";
import { User } from "../user/user.entity";

@ObjectType({
  description:
    "A figure (số liệu) an agency reports for an indicator and period, with its approval state.",
})
@Entity("measurement")
// A period may be reported several times (September estimate, December estimate, January
// official): every approved version is kept; only one version may be open (not approved) at once.
@Index("uq_measurement_period_open", ["indicatorId", "agencyId", "year", "period", "valueKind"], {
  unique: true,
  where: `"status" <> 'APPROVED'`,
})
@Index("ix_measurement_indicator_status", ["indicatorId", "status"])
@Index("ix_measurement_agency_status", ["agencyId", "status"])
// Progress and "the latest approved yearly figures" read exactly these rows.
@Index("ix_measurement_approved_yearly", ["indicatorId", "period", "valueKind", "year"], {
  where: `"status" = 'APPROVED'`,
})
@Check("ck_measurement_year", `"year" BETWEEN 1990 AND 2100`)
@Check("ck_measurement_version", `"version" >= 1`)
@Check(
  "ck_measurement_conversion",
  `("reported_value" IS NULL) = ("reported_unit" IS NULL) AND ("reported_value" IS NULL) = ("conversion_rate" IS NULL) AND ("conversion_rate" IS NULL OR "conversion_rate" > 0)`,
)
@Check("ck_measurement_source", `"status" = 'DRAFT' OR length(trim("source")) > 0`)
export class Measurement {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_measurement" })
  id: string;

  @Field(() => ID)
  @Column("uuid")
  indicatorId: string;

  @ManyToOne(() => Indicator, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "indicator_id", foreignKeyConstraintName: "fk_measurement_indicator" })
  indicator?: Indicator;

  @Field(() => ID, { description: "The reporting agency." })
  @Column("uuid")
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "agency_id", foreignKeyConstraintName: "fk_measurement_agency" })
  agency?: Agency;

  @Field(() => Int)
  @Column("int")
  year: number;

  @Field(() => PeriodType, {
    description: "YEAR, first half H1, a quarter, or TERM (the whole term; year = its last year).",
  })
  @Column({ type: "enum", enum: PeriodType, enumName: "period_type" })
  period: PeriodType;

  @Field(() => DecimalScalar)
  @Column("numeric")
  value: string;

  @Field(() => ValueKind, { description: "ESTIMATE (ước tính) or OFFICIAL (chính thức)." })
  @Column({ type: "enum", enum: ValueKind, enumName: "value_kind" })
  valueKind: ValueKind;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      "The date the figure was reported on (the report, press conference or decision); progress as of a date counts only figures reported by then.",
  })
  @Column("date", { nullable: true })
  reportedOn: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "The value as reported, when in another unit than the indicator's (71,1 million VND for a goal in USD); `value` is then the converted one.",
  })
  @Column("numeric", { nullable: true })
  reportedValue: string | null;

  @Field(() => String, { nullable: true, description: 'Unit of reportedValue, e.g. "triệu đồng".' })
  @Column("text", { nullable: true })
  reportedUnit: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "Units of reportedUnit per unit of the indicator (VND per USD): value = reportedValue / conversionRate.",
  })
  @Column("numeric", { nullable: true })
  conversionRate: string | null;

  @Field(() => String, { nullable: true, description: "Where the conversion rate comes from." })
  @Column("text", { nullable: true })
  rateSource: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "How this figure was measured, where it differs (new poverty standard, re-based GRDP).",
  })
  @Column("text", { nullable: true })
  methodologyNote: string | null;

  @Field({ description: "Where the figure comes from." })
  @Column("text", { default: "" })
  source: string;

  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  note: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Link to the document that proves the figure.",
  })
  @Column("text", { nullable: true })
  evidenceUrl: string | null;

  @Field(() => MeasurementStatus)
  @Column({
    type: "enum",
    enum: MeasurementStatus,
    enumName: "measurement_status",
    default: MeasurementStatus.DRAFT,
  })
  status: MeasurementStatus;

  @Field(() => Int, {
    description: "Incremented on every change; workflow mutations must send the current one.",
  })
  @Column("int", { default: 1 })
  version: number;

  @Field(() => ID, { nullable: true })
  @Column("uuid", { nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "created_by_id", foreignKeyConstraintName: "fk_measurement_created_by" })
  createdBy?: User;

  @Field(() => ID, { nullable: true })
  @Column("uuid", { nullable: true })
  submittedById: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "submitted_by_id", foreignKeyConstraintName: "fk_measurement_submitted_by" })
  submittedBy?: User;

  @Field(() => Date, { nullable: true })
  @Column("timestamptz", { nullable: true })
  submittedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column("uuid", { nullable: true })
  reviewedById: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "reviewed_by_id", foreignKeyConstraintName: "fk_measurement_reviewed_by" })
  reviewedBy?: User;

  @Field(() => Date, { nullable: true })
  @Column("timestamptz", { nullable: true })
  reviewedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "The head's note on approval, or the reason for a return.",
  })
  @Column("text", { nullable: true })
  reviewNote: string | null;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
