import type { MigrationInterface, QueryRunner } from "typeorm";

export class ApprovedYearlyIndex1795814965136 implements MigrationInterface {
  name = "ApprovedYearlyIndex1795814965136";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_measurement_approved_yearly" ON "measurement" ("indicator_id", "period", "value_kind", "year") WHERE "status" = 'APPROVED'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_measurement_approved_yearly"`);
  }
}
