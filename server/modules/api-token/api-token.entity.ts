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
import { User } from "../user/user.entity";

@ObjectType({
  description: "An API token of an integrator program; the secret is shown once and stored hashed.",
})
@Entity("api_token")
@Index("ux_api_token_hash", ["tokenHash"], { unique: true })
@Index("ix_api_token_user", ["userId"])
export class ApiToken {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_api_token" })
  id: string;

  @Field(() => ID, { description: "The owner; the token never grants more than the owner has." })
  @Column("uuid")
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "fk_api_token_user" })
  user?: User;

  @Field({ description: "A label chosen by the owner." })
  @Column("text")
  name: string;

  @Field({ description: "The first characters of the token, to recognise it." })
  @Column("text")
  prefix: string;

  /** SHA-256 of the token; never exposed. */
  @Column("text", { select: false })
  tokenHash: string;

  @Field(() => [String], { description: "Scopes: read, submit." })
  @Column("text", { array: true })
  scopes: string[];

  @Field(() => Date, { nullable: true })
  @Column("timestamptz", { nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column("timestamptz", { nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column("timestamptz", { nullable: true })
  lastUsedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
