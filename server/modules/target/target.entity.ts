import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from "typeorm";
import { TargetDomain } from "../../common/enums";
import { Congress } from "../congress/congress.entity";
import { KeyTask } from "../key-task/key-task.entity";

@ObjectType({
  description: "A main target (chỉ tiêu chủ yếu) of a resolution, numbered 1–20 in Lạng Sơn XVII.",
})
@Entity("target")
@Unique("uq_target_congress_number", ["congressId", "number"])
@Index("ix_target_congress", ["congressId"])
@Check("ck_target_number", `"number" > 0`)
export class Target {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_target" })
  id: string;

  @Field(() => ID)
  @Column("uuid")
  congressId: string;

  @ManyToOne(() => Congress, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "congress_id", foreignKeyConstraintName: "fk_target_congress" })
  congress?: Congress;

  @Field(() => Int, { description: "Number of the target in the resolution." })
  @Column("int")
  number: number;

  @Field({ description: "Short title, in Vietnamese." })
  @Column("text")
  title: string;

  @Field({ description: "Short title, in English." })
  @Column("text")
  titleEn: string;

  @Field({ description: "Verbatim text of the resolution." })
  @Column("text")
  text: string;

  @Field(() => TargetDomain)
  @Column({ type: "enum", enum: TargetDomain, enumName: "target_domain" })
  domain: TargetDomain;

  @ManyToMany(() => KeyTask)
  @JoinTable({
    name: "target_key_task",
    joinColumn: { name: "target_id", foreignKeyConstraintName: "fk_target_key_task_target" },
    inverseJoinColumn: {
      name: "key_task_id",
      foreignKeyConstraintName: "fk_target_key_task_key_task",
    },
  })
  keyTasks?: KeyTask[];

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
