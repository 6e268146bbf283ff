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
import { Congress } from "../congress/congress.entity";

@ObjectType({ description: "A key task (nhiệm vụ trọng tâm) of a congress's resolution." })
@Entity("key_task")
@Unique("uq_key_task_congress_ordinal", ["congressId", "ordinal"])
@Index("ix_key_task_congress", ["congressId"])
@Check("ck_key_task_ordinal", `"ordinal" > 0`)
export class KeyTask {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_key_task" })
  id: string;

  @Field(() => ID)
  @Column("uuid")
  congressId: string;

  @ManyToOne(() => Congress, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "congress_id", foreignKeyConstraintName: "fk_key_task_congress" })
  congress?: Congress;

  @Field(() => Int, { description: 'Ordinal: 1 for "Một là", 5 for "Năm là".' })
  @Column("int")
  ordinal: number;

  @Field({ description: "Short title, in Vietnamese." })
  @Column("text")
  title: string;

  @Field({ description: "Short title, in English." })
  @Column("text")
  titleEn: string;

  @Field({ description: "Verbatim text of the resolution." })
  @Column("text")
  text: string;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
