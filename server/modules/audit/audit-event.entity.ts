import { Field, ID, ObjectType } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * Append-only: a database trigger refuses UPDATE and DELETE. The actor is kept
 * as an id and a label (not a foreign key) so the log outlives the user row.
 */
@ObjectType({ description: "One recorded change or security event (append-only)." })
@Entity("audit_event")
@Index("ix_audit_event_entity", ["entityType", "entityId", "at"])
@Index("ix_audit_event_actor", ["actorId", "at"])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_audit_event" })
  id: string;

  @Field(() => ID, { nullable: true })
  @Column("uuid", { nullable: true })
  actorId: string | null;

  @Field({ description: "Who acted: an e-mail, a token prefix, or 'system'." })
  @Column("text")
  actorLabel: string;

  @Field({ description: 'What happened, e.g. "measurement.approve", "login.failed".' })
  @Column("text")
  action: string;

  @Field({ description: 'Type of the record, e.g. "Measurement".' })
  @Column("text")
  entityType: string;

  @Field(() => ID, { nullable: true })
  @Column("uuid", { nullable: true })
  entityId: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column("jsonb", { nullable: true })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column("jsonb", { nullable: true })
  after: unknown;

  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  requestId: string | null;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  at: Date;
}
