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
  Unique,
  UpdateDateColumn,
} from "typeorm";
import { LocalDateScalar } from "../../common/scalars";
import { Province } from "../province/province.entity";

@ObjectType({
  description: "A congress (Đại hội đại biểu) of a provincial party committee, for one term.",
})
@Entity("congress")
@Unique("uq_congress_province_ordinal", ["provinceId", "ordinal"])
@Index("ix_congress_province", ["provinceId"])
@Check("ck_congress_term", `"term_end_year" > "term_start_year"`)
@Check("ck_congress_held", `"held_to" >= "held_from"`)
@Check(
  "ck_congress_counts",
  `"ordinal" > 0 AND "executive_committee_size" >= 0 AND "national_delegates" >= 0 AND "national_alternates" >= 0`,
)
export class Congress {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_congress" })
  id: string;

  @Field(() => ID)
  @Column("uuid")
  provinceId: string;

  @ManyToOne(() => Province, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "province_id", foreignKeyConstraintName: "fk_congress_province" })
  province?: Province;

  @Field(() => Int, { description: "Ordinal of the congress (17 for the XVII congress)." })
  @Column("int")
  ordinal: number;

  @Field({ description: 'The party committee holding it, e.g. "Đảng bộ tỉnh Lạng Sơn".' })
  @Column("text")
  partyCommittee: string;

  @Field(() => Int, { description: "First year of the term (2020)." })
  @Column("int")
  termStartYear: number;

  @Field(() => Int, { description: "Last year of the term (2025)." })
  @Column("int")
  termEndYear: number;

  @Field(() => LocalDateScalar, { description: "First day the congress sat." })
  @Column("date")
  heldFrom: string;

  @Field(() => LocalDateScalar, { description: "Last day the congress sat." })
  @Column("date")
  heldTo: string;

  @Field({ description: "Where it was held." })
  @Column("text")
  place: string;

  @Field(() => Int, { description: "Members elected to the executive committee (Ban Chấp hành)." })
  @Column("int")
  executiveCommitteeSize: number;

  @Field(() => Int, { description: "Official delegates elected to the national congress." })
  @Column("int")
  nationalDelegates: number;

  @Field(() => Int, { description: "Alternate delegates elected to the national congress." })
  @Column("int")
  nationalAlternates: number;

  @Field(() => Int, {
    nullable: true,
    description: "Official delegates who sat in the congress (398).",
  })
  @Column("int", { nullable: true })
  delegateCount: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Members of the standing committee (Ban Thường vụ) the executive committee elected.",
  })
  @Column("int", { nullable: true })
  standingCommitteeSize: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Members of the inspection committee (Ủy ban Kiểm tra) the executive committee elected.",
  })
  @Column("int", { nullable: true })
  inspectionCommitteeSize: number | null;

  @Field(() => String, { nullable: true, description: "Motto (phương châm), in Vietnamese." })
  @Column("text", { nullable: true })
  motto: string | null;

  @Field(() => String, { nullable: true, description: "Theme (chủ đề), in Vietnamese." })
  @Column("text", { nullable: true })
  theme: string | null;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
