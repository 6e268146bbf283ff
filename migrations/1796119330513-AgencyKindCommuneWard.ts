import type { MigrationInterface, QueryRunner } from "typeorm";

export class AgencyKindCommuneWard1796119330513 implements MigrationInterface {
  name = "AgencyKindCommuneWard1796119330513";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."agency_kind" RENAME TO "agency_kind_old"`);
    await queryRunner.query(`CREATE TYPE "public"."agency_kind" AS ENUM('DEPARTMENT', 'PARTY_BOARD', 'CENTRAL_BRANCH', 'DISTRICT', 'COMMUNE', 'WARD', 'OTHER')`);
    await queryRunner.query(`ALTER TABLE "agency" ALTER COLUMN "kind" TYPE "public"."agency_kind" USING "kind"::"text"::"public"."agency_kind"`);
    await queryRunner.query(`DROP TYPE "public"."agency_kind_old"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."agency_kind_old" AS ENUM('DEPARTMENT', 'PARTY_BOARD', 'CENTRAL_BRANCH', 'DISTRICT', 'OTHER')`);
    await queryRunner.query(`ALTER TABLE "agency" ALTER COLUMN "kind" TYPE "public"."agency_kind_old" USING "kind"::"text"::"public"."agency_kind_old"`);
    await queryRunner.query(`DROP TYPE "public"."agency_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."agency_kind_old" RENAME TO "agency_kind"`);
  }
}
