import type { MigrationInterface, QueryRunner } from "typeorm";

export class IndicatorPredecessor1796130553672 implements MigrationInterface {
  name = "IndicatorPredecessor1796130553672";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicator" ADD "predecessor_id" uuid`);
    await queryRunner.query(`CREATE INDEX "ix_indicator_predecessor" ON "indicator" ("predecessor_id") `);
    await queryRunner.query(`ALTER TABLE "indicator" ADD CONSTRAINT "ck_indicator_not_own_predecessor" CHECK ("predecessor_id" IS NULL OR "predecessor_id" <> "id")`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD CONSTRAINT "fk_indicator_predecessor" FOREIGN KEY ("predecessor_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicator" DROP CONSTRAINT "fk_indicator_predecessor"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP CONSTRAINT "ck_indicator_not_own_predecessor"`);
    await queryRunner.query(`DROP INDEX "public"."ix_indicator_predecessor"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP COLUMN "predecessor_id"`);
  }
}
