import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { User } from "./user.entity";

/** A signed-in session; the token itself is never stored, only its SHA-256. */
@Entity("session")
@Index("ux_session_token_hash", ["tokenHash"], { unique: true })
@Index("ix_session_user", ["userId"])
export class Session {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_session" })
  id: string;

  @Column("uuid")
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "fk_session_user" })
  user?: User;

  @Column("text")
  tokenHash: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Column("timestamptz")
  lastSeenAt: Date;

  /** Absolute expiry, whatever the activity. */
  @Column("timestamptz")
  expiresAt: Date;

  @Column("timestamptz", { nullable: true })
  revokedAt: Date | null;

  @Column("text", { nullable: true })
  ip: string | null;
}
