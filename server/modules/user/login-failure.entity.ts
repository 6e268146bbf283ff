import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * A failed sign-in, by account ("email:…") and by address ("ip:…"). Kept in
 * the database, not in memory, so throttling holds across server copies.
 */
@Entity("login_failure")
@Index("ix_login_failure_key_at", ["key", "at"])
export class LoginFailure {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_login_failure" })
  id: string;

  @Column("text")
  key: string;

  @CreateDateColumn({ type: "timestamptz" })
  at: Date;
}
