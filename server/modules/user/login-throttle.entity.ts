import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * Failed (and in-flight) sign-ins counted per key: an account and address
 * pair ("pair:…"), an address ("ip:…") or an account ("email:…"). One row per
 * key, changed by a single upsert per attempt, so concurrent attempts are
 * counted one after the other by PostgreSQL itself, across server copies
 * (auth/login-throttle.ts).
 */
@Entity("login_throttle")
export class LoginThrottle {
  @PrimaryColumn("text", { primaryKeyConstraintName: "pk_login_throttle" })
  key: string;

  /** Attempts counted in the current window (an attempt counts until it succeeds). */
  @Column("int")
  failures: number;

  /** When the window that `failures` counts ends. */
  @Column("timestamptz")
  windowEnds: Date;

  /** Account keys: the earliest time the next password check may run. */
  @Column("timestamptz")
  nextAt: Date;

  /** Account keys: when the attempt that last changed the row may check the password. */
  @Column("timestamptz")
  slotAt: Date;
}
