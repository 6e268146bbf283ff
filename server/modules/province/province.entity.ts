import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from "typeorm";

@ObjectType({ description: "A province (tỉnh) whose party committee holds congresses." })
@Entity("province")
@Unique("uq_province_code", ["code"])
export class Province {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_province" })
  id: string;

  @Field({ description: 'Short code, e.g. "LSN".' })
  @Column("text")
  code: string;

  @Field({ description: 'Name, e.g. "Lạng Sơn".' })
  @Column("text")
  name: string;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
