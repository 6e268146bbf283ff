import { Field, ID, ObjectType } from "type-graphql";
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from "typeorm";
import { LocalDateScalar } from "../../common/scalars";
import { Congress } from "./congress.entity";

@ObjectType({ description: "The resolution (Nghị quyết) a congress adopted." })
@Entity("resolution")
@Unique("uq_resolution_congress", ["congressId"])
export class Resolution {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_resolution" })
  id: string;

  @Field(() => ID)
  @Column("uuid")
  congressId: string;

  @OneToOne(() => Congress, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "congress_id", foreignKeyConstraintName: "fk_resolution_congress" })
  congress?: Congress;

  @Field({ description: "Title, in Vietnamese." })
  @Column("text")
  title: string;

  @Field(() => LocalDateScalar, { description: "Date of adoption." })
  @Column("date")
  adoptedOn: string;

  @Field({ description: "Where the text was published." })
  @Column("text")
  sourceTitle: string;

  @Field({ description: "The full source text, verbatim." })
  @Column("text")
  sourceText: string;

  @Field(() => String, {
    nullable: true,
    description: 'Number of the implementing directive ("01-CT/TU").',
  })
  @Column("text", { nullable: true })
  directiveNumber: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "Date of the implementing directive.",
  })
  @Column("date", { nullable: true })
  directiveDate: string | null;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
