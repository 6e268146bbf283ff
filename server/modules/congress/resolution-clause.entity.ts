import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from "typeorm";
import { ClauseKind } from "../../common/enums";
import { Resolution } from "./resolution.entity";

@ObjectType({
  description: "An ordered text item of a resolution: assessment, viewpoint or general goal.",
})
@Entity("resolution_clause")
@Unique("uq_resolution_clause_position", ["resolutionId", "position"])
@Check("ck_resolution_clause_position", `"position" > 0`)
export class ResolutionClause {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_resolution_clause" })
  id: string;

  @Field(() => ID)
  @Column("uuid")
  resolutionId: string;

  @ManyToOne(() => Resolution, { onDelete: "CASCADE" })
  @JoinColumn({
    name: "resolution_id",
    foreignKeyConstraintName: "fk_resolution_clause_resolution",
  })
  resolution?: Resolution;

  @Field(() => ClauseKind)
  @Column({ type: "enum", enum: ClauseKind, enumName: "clause_kind" })
  kind: ClauseKind;

  @Field(() => Int, { description: "Order within the resolution, from 1." })
  @Column("int")
  position: number;

  @Field({ description: "Verbatim text." })
  @Column("text")
  text: string;
}
