import type { MigrationInterface, QueryRunner } from "typeorm";

export class IndicatorDirection1796117764466 implements MigrationInterface {
  name = "IndicatorDirection1796117764466";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."direction" AS ENUM('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'WITHIN_RANGE')`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD "direction" "public"."direction" NOT NULL DEFAULT 'HIGHER_IS_BETTER'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicator" DROP COLUMN "direction"`);
    await queryRunner.query(`DROP TYPE "public"."direction"`);
  }
}
