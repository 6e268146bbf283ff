import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Figures officials can trust: a whole-term period (TERM), the date a figure was reported on,
 * its unit as reported with the conversion, methodology notes, several approved versions of a
 * period (only one open version at a time), and the province's own assessment of a target.
 * A one-sided goal says which way is better by itself: set those indicators' direction.
 */
export class FiguresYouCanTrust1796117997282 implements MigrationInterface {
  name = "FiguresYouCanTrust1796117997282";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "measurement" DROP CONSTRAINT "uq_measurement_period"`);
    await queryRunner.query(`CREATE TYPE "public"."assessed_verdict" AS ENUM('EXCEEDED', 'MET', 'NOT_MET')`);
    await queryRunner.query(`CREATE TABLE "target_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "target_id" uuid NOT NULL, "verdict" "public"."assessed_verdict" NOT NULL, "reason" text NOT NULL, "document" text NOT NULL, "document_date" date NOT NULL, "recorded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_target_assessment" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_target_assessment_target" ON "target_assessment" ("target_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "indicator" ADD "methodology_note" text`);
    await queryRunner.query(`ALTER TABLE "measurement" ADD "reported_on" date`);
    await queryRunner.query(`ALTER TABLE "measurement" ADD "reported_value" numeric`);
    await queryRunner.query(`ALTER TABLE "measurement" ADD "reported_unit" text`);
    await queryRunner.query(`ALTER TABLE "measurement" ADD "conversion_rate" numeric`);
    await queryRunner.query(`ALTER TABLE "measurement" ADD "rate_source" text`);
    await queryRunner.query(`ALTER TABLE "measurement" ADD "methodology_note" text`);
    await queryRunner.query(`DROP INDEX "public"."ix_measurement_approved_yearly"`);
    await queryRunner.query(`ALTER TYPE "public"."period_type" RENAME TO "period_type_old"`);
    await queryRunner.query(`CREATE TYPE "public"."period_type" AS ENUM('YEAR', 'H1', 'Q1', 'Q2', 'Q3', 'Q4', 'TERM')`);
    await queryRunner.query(`ALTER TABLE "measurement" ALTER COLUMN "period" TYPE "public"."period_type" USING "period"::"text"::"public"."period_type"`);
    await queryRunner.query(`DROP TYPE "public"."period_type_old"`);
    await queryRunner.query(`CREATE INDEX "ix_measurement_approved_yearly" ON "measurement" ("indicator_id", "period", "value_kind", "year") WHERE "status" = 'APPROVED'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_measurement_period_open" ON "measurement" ("indicator_id", "agency_id", "year", "period", "value_kind") WHERE "status" <> 'APPROVED'`);
    await queryRunner.query(`ALTER TABLE "measurement" ADD CONSTRAINT "ck_measurement_conversion" CHECK (("reported_value" IS NULL) = ("reported_unit" IS NULL) AND ("reported_value" IS NULL) = ("conversion_rate" IS NULL) AND ("conversion_rate" IS NULL OR "conversion_rate" > 0))`);
    await queryRunner.query(`ALTER TABLE "target_assessment" ADD CONSTRAINT "fk_target_assessment_target" FOREIGN KEY ("target_id") REFERENCES "target"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "target_assessment" ADD CONSTRAINT "fk_target_assessment_recorded_by" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`UPDATE "indicator" SET "direction" = 'LOWER_IS_BETTER' WHERE "comparator" IN ('AT_MOST', 'LESS_THAN')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "target_assessment" DROP CONSTRAINT "fk_target_assessment_recorded_by"`);
    await queryRunner.query(`ALTER TABLE "target_assessment" DROP CONSTRAINT "fk_target_assessment_target"`);
    await queryRunner.query(`ALTER TABLE "measurement" DROP CONSTRAINT "ck_measurement_conversion"`);
    await queryRunner.query(`DROP INDEX "public"."uq_measurement_period_open"`);
    await queryRunner.query(`DROP INDEX "public"."ix_measurement_approved_yearly"`);
    await queryRunner.query(`CREATE TYPE "public"."period_type_old" AS ENUM('YEAR', 'H1', 'Q1', 'Q2', 'Q3', 'Q4')`);
    await queryRunner.query(`ALTER TABLE "measurement" ALTER COLUMN "period" TYPE "public"."period_type_old" USING "period"::"text"::"public"."period_type_old"`);
    await queryRunner.query(`DROP TYPE "public"."period_type"`);
    await queryRunner.query(`ALTER TYPE "public"."period_type_old" RENAME TO "period_type"`);
    await queryRunner.query(`CREATE INDEX "ix_measurement_approved_yearly" ON "measurement" ("indicator_id", "period", "value_kind", "year") WHERE (status = 'APPROVED'::measurement_status)`);
    await queryRunner.query(`ALTER TABLE "measurement" DROP COLUMN "methodology_note"`);
    await queryRunner.query(`ALTER TABLE "measurement" DROP COLUMN "rate_source"`);
    await queryRunner.query(`ALTER TABLE "measurement" DROP COLUMN "conversion_rate"`);
    await queryRunner.query(`ALTER TABLE "measurement" DROP COLUMN "reported_unit"`);
    await queryRunner.query(`ALTER TABLE "measurement" DROP COLUMN "reported_value"`);
    await queryRunner.query(`ALTER TABLE "measurement" DROP COLUMN "reported_on"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP COLUMN "methodology_note"`);
    await queryRunner.query(`DROP INDEX "public"."ix_target_assessment_target"`);
    await queryRunner.query(`DROP TABLE "target_assessment"`);
    await queryRunner.query(`DROP TYPE "public"."assessed_verdict"`);
    await queryRunner.query(`ALTER TABLE "measurement" ADD CONSTRAINT "uq_measurement_period" UNIQUE ("indicator_id", "agency_id", "year", "period", "value_kind")`);
  }
}
