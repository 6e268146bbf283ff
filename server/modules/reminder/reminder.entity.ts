import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { LocalDateScalar } from "../../common/scalars";
import { User } from "../user/user.entity";
import { ReminderChannel, ReminderKind, ReminderStatus } from "./reminder.enums";

/**
 * A reminder sent (or being sent) to one user. The unique key (recipient,
 * kind, subject, day) makes a second send of the same reminder on the same
 * day impossible, whichever server or job tries.
 */
@ObjectType({ description: "A reminder sent to a user by e-mail or kept in the admin's bell." })
@Entity("reminder")
@Index("uq_reminder_once_a_day", ["userId", "kind", "subjectKey", "day"], { unique: true })
@Index("ix_reminder_user_created", ["userId", "createdAt"])
@Index("ix_reminder_queued", ["nextAttemptAt"], { where: `"status" <> 'SENT'` })
export class Reminder {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_reminder" })
  id: string;

  @Field(() => ID, { description: "The recipient." })
  @Column("uuid")
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "fk_reminder_user" })
  user?: User;

  @Field(() => ReminderKind)
  @Column({ type: "enum", enum: ReminderKind, enumName: "reminder_kind" })
  kind: ReminderKind;

  @Field({
    description:
      'What it is about: "<assignment>:<year>:<period>" for a due figure, "<figure>:<version>" for a return or reopening, "digest".',
  })
  @Column("text")
  subjectKey: string;

  @Field(() => ID, { nullable: true, description: "The figure, when there is one." })
  @Column("uuid", { nullable: true })
  measurementId: string | null;

  @Field(() => LocalDateScalar, { description: "The day (Vietnam) it is for." })
  @Column("date")
  day: string;

  @Field(() => ReminderChannel)
  @Column({ type: "enum", enum: ReminderChannel, enumName: "reminder_channel" })
  channel: ReminderChannel;

  @Field(() => ReminderStatus)
  @Column({ type: "enum", enum: ReminderStatus, enumName: "reminder_status" })
  status: ReminderStatus;

  @Field({ description: "The e-mail address it went to." })
  @Column("text")
  email: string;

  @Field()
  @Column("text")
  subject: string;

  @Field()
  @Column("text")
  body: string;

  @Field({ description: "Where in the admin to act on it." })
  @Column("text")
  link: string;

  @Field(() => Int, { description: "Tries at the SMTP server so far." })
  @Column("int", { default: 0 })
  attempts: number;

  @Field(() => String, { nullable: true, description: "Why the last try failed." })
  @Column("text", { nullable: true })
  lastError: string | null;

  /** Not before this time (backoff after a failure). */
  @Column("timestamptz", { default: () => "now()" })
  nextAttemptAt: Date;

  /** When a server claimed it for sending (a crashed server's claim expires). */
  @Column("timestamptz", { nullable: true })
  claimedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column("timestamptz", { nullable: true })
  sentAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When the recipient read it in the admin." })
  @Column("timestamptz", { nullable: true })
  readAt: Date | null;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}

/** A kind of reminder a user turned off (a row means "off"; the default is on). */
@Entity("reminder_opt_out")
@Index("uq_reminder_opt_out", ["userId", "kind"], { unique: true })
export class ReminderOptOut {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_reminder_opt_out" })
  id: string;

  @Column("uuid")
  userId: string;

  // Its own type: TypeORM's generator creates an enum type shared by two tables twice.
  @Column({ type: "enum", enum: ReminderKind, enumName: "reminder_opt_out_kind" })
  kind: ReminderKind;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "fk_reminder_opt_out_user" })
  user?: User;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
