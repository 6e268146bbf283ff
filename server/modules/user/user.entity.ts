import { Field, ID, ObjectType } from "type-graphql";
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
import { Role } from "../../common/enums";
import { Agency } from "../agency/agency.entity";
import { Province } from "../province/province.entity";

@ObjectType({ description: "A person who signs in. Heads and reporters belong to an agency." })
@Entity("app_user")
@Index("ux_app_user_email", ["email"], { unique: true })
@Index("ix_app_user_agency", ["agencyId"])
@Check("ck_app_user_agency", `"role" NOT IN ('AGENCY_HEAD', 'REPORTER') OR "agency_id" IS NOT NULL`)
@Check("ck_app_user_email", `"email" = lower("email") AND "email" LIKE '%_@_%'`)
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_app_user" })
  id: string;

  @Field({ description: "Sign-in e-mail, lower case." })
  @Column("text")
  email: string;

  @Field({ description: "Full name." })
  @Column("text")
  name: string;

  @Field(() => Role)
  @Column({ type: "enum", enum: Role, enumName: "role" })
  role: Role;

  @Field(() => ID, { nullable: true })
  @Column("uuid", { nullable: true })
  agencyId: string | null;

  @ManyToOne(() => Agency, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "agency_id", foreignKeyConstraintName: "fk_app_user_agency" })
  agency?: Agency;

  @Field(() => ID, {
    nullable: true,
    description: "The province the user acts within (null: all, for national administrators).",
  })
  @Column("uuid", { nullable: true })
  provinceId: string | null;

  @ManyToOne(() => Province, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "province_id", foreignKeyConstraintName: "fk_app_user_province" })
  province?: Province;

  /** Argon2id hash; never exposed. */
  @Column("text", { select: false })
  passwordHash: string;

  @Field({ description: "False once deactivated; a deactivated user cannot sign in." })
  @Column("boolean", { default: true })
  active: boolean;

  @Field(() => Date, { nullable: true })
  @Column("timestamptz", { nullable: true })
  lastLoginAt: Date | null;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
