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
  Unique,
  UpdateDateColumn,
} from "typeorm";
import { AgencyKind } from "../../common/enums";
import { LocalDateScalar } from "../../common/scalars";
import { Province } from "../province/province.entity";

@ObjectType({
  description:
    "An agency that carries out targets: a department (Sở), party board, central branch office or district. Merged agencies keep their history and name a successor.",
})
@Entity("agency")
@Unique("uq_agency_province_code", ["provinceId", "code"])
@Index("ix_agency_province", ["provinceId"])
@Index("ix_agency_parent", ["parentId"])
@Check(
  "ck_agency_validity",
  `"valid_to" IS NULL OR "valid_from" IS NULL OR "valid_to" >= "valid_from"`,
)
@Check("ck_agency_not_own_parent", `"parent_id" IS NULL OR "parent_id" <> "id"`)
@Check("ck_agency_not_own_successor", `"successor_id" IS NULL OR "successor_id" <> "id"`)
export class Agency {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_agency" })
  id: string;

  @Field(() => ID)
  @Column("uuid")
  provinceId: string;

  @ManyToOne(() => Province, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "province_id", foreignKeyConstraintName: "fk_agency_province" })
  province?: Province;

  @Field({ description: 'Stable code within the province, e.g. "SO-YT".' })
  @Column("text")
  code: string;

  @Field({ description: "Official name, in Vietnamese." })
  @Column("text")
  name: string;

  @Field({ description: "Short name used in tables." })
  @Column("text")
  shortName: string;

  @Field(() => AgencyKind)
  @Column({ type: "enum", enum: AgencyKind, enumName: "agency_kind" })
  kind: AgencyKind;

  @Field(() => ID, { nullable: true })
  @Column("uuid", { nullable: true })
  parentId: string | null;

  @ManyToOne(() => Agency, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "parent_id", foreignKeyConstraintName: "fk_agency_parent" })
  parent?: Agency;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "First day the agency existed in this form.",
  })
  @Column("date", { nullable: true })
  validFrom: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "Last day before it was merged or dissolved.",
  })
  @Column("date", { nullable: true })
  validTo: string | null;

  @Field(() => ID, { nullable: true, description: "The agency that took over its work." })
  @Column("uuid", { nullable: true })
  successorId: string | null;

  @ManyToOne(() => Agency, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "successor_id", foreignKeyConstraintName: "fk_agency_successor" })
  successor?: Agency;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
