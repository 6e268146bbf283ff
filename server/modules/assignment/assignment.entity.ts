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
import { AssignmentRole, ReportingFrequency } from "../../common/enums";
import { LocalDateScalar } from "../../common/scalars";
import { Agency } from "../agency/agency.entity";
import { Indicator } from "../indicator/indicator.entity";
import { User } from "../user/user.entity";

/**
 * Who carries out an indicator. An assignment is active while `endsOn` is
 * null; the database allows one active LEAD (chủ trì) per indicator.
 */
@ObjectType({
  description: "An indicator given to an agency to lead (chủ trì) or coordinate (phối hợp).",
})
@Entity("assignment")
@Index("ux_assignment_one_active_lead", ["indicatorId"], {
  unique: true,
  where: `"role" = 'LEAD' AND "ends_on" IS NULL`,
})
@Index("ux_assignment_active_agency", ["indicatorId", "agencyId"], {
  unique: true,
  where: `"ends_on" IS NULL`,
})
@Index("ix_assignment_agency", ["agencyId"])
@Check("ck_assignment_dates", `"ends_on" IS NULL OR "ends_on" >= "starts_on"`)
@Check("ck_assignment_due_days", `"due_days_after_period" BETWEEN 0 AND 366`)
export class Assignment {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_assignment" })
  id: string;

  @Field(() => ID)
  @Column("uuid")
  indicatorId: string;

  @ManyToOne(() => Indicator, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "indicator_id", foreignKeyConstraintName: "fk_assignment_indicator" })
  indicator?: Indicator;

  @Field(() => ID)
  @Column("uuid")
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "agency_id", foreignKeyConstraintName: "fk_assignment_agency" })
  agency?: Agency;

  @Field(() => AssignmentRole, { description: "LEAD = chủ trì, COORDINATE = phối hợp." })
  @Column({ type: "enum", enum: AssignmentRole, enumName: "assignment_role" })
  role: AssignmentRole;

  @Field(() => ReportingFrequency)
  @Column({ type: "enum", enum: ReportingFrequency, enumName: "reporting_frequency" })
  frequency: ReportingFrequency;

  @Field(() => Int, { description: "Days after the end of a period by which its figure is due." })
  @Column("int", { default: 15 })
  dueDaysAfterPeriod: number;

  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  note: string | null;

  @Field(() => LocalDateScalar, { description: "First day of the assignment." })
  @Column("date")
  startsOn: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "Last day; null while the assignment is active.",
  })
  @Column("date", { nullable: true })
  endsOn: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The administrator who assigned it (null for seeded data).",
  })
  @Column("uuid", { nullable: true })
  assignedById: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "assigned_by_id", foreignKeyConstraintName: "fk_assignment_assigned_by" })
  assignedBy?: User;

  @Field({ description: "When it was assigned." })
  @CreateDateColumn({ type: "timestamptz" })
  assignedAt: Date;

  @Field()
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;

  /** Whether the assignment is in force now. */
  @Field({ description: "True while the assignment has no end date." })
  get active(): boolean {
    return this.endsOn === null;
  }
}
