import type { MigrationInterface, QueryRunner } from "typeorm";

export class Reminders1796120938492 implements MigrationInterface {
  name = "Reminders1796120938492";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."reminder_kind" AS ENUM('DUE_SOON', 'LATE', 'DIGEST', 'REOPENED', 'RETURNED')`);
    await queryRunner.query(`CREATE TYPE "public"."reminder_channel" AS ENUM('EMAIL', 'IN_APP')`);
    await queryRunner.query(`CREATE TYPE "public"."reminder_status" AS ENUM('QUEUED', 'SENDING', 'SENT')`);
    await queryRunner.query(`CREATE TABLE "reminder" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" "public"."reminder_kind" NOT NULL, "subject_key" text NOT NULL, "measurement_id" uuid, "day" date NOT NULL, "channel" "public"."reminder_channel" NOT NULL, "status" "public"."reminder_status" NOT NULL, "email" text NOT NULL, "subject" text NOT NULL, "body" text NOT NULL, "link" text NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "claimed_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_reminder" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_reminder_queued" ON "reminder" ("next_attempt_at") WHERE "status" <> 'SENT'`);
    await queryRunner.query(`CREATE INDEX "ix_reminder_user_created" ON "reminder" ("user_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_reminder_once_a_day" ON "reminder" ("user_id", "kind", "subject_key", "day") `);
    await queryRunner.query(`CREATE TYPE "public"."reminder_opt_out_kind" AS ENUM('DUE_SOON', 'LATE', 'DIGEST', 'REOPENED', 'RETURNED')`);
    await queryRunner.query(`CREATE TABLE "reminder_opt_out" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" "public"."reminder_opt_out_kind" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_reminder_opt_out" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_reminder_opt_out" ON "reminder_opt_out" ("user_id", "kind") `);
    await queryRunner.query(`ALTER TABLE "reminder" ADD CONSTRAINT "fk_reminder_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reminder_opt_out" ADD CONSTRAINT "fk_reminder_opt_out_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reminder_opt_out" DROP CONSTRAINT "fk_reminder_opt_out_user"`);
    await queryRunner.query(`ALTER TABLE "reminder" DROP CONSTRAINT "fk_reminder_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_reminder_opt_out"`);
    await queryRunner.query(`DROP TABLE "reminder_opt_out"`);
    await queryRunner.query(`DROP TYPE "public"."reminder_opt_out_kind"`);
    await queryRunner.query(`DROP INDEX "public"."uq_reminder_once_a_day"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reminder_user_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reminder_queued"`);
    await queryRunner.query(`DROP TABLE "reminder"`);
    await queryRunner.query(`DROP TYPE "public"."reminder_status"`);
    await queryRunner.query(`DROP TYPE "public"."reminder_channel"`);
    await queryRunner.query(`DROP TYPE "public"."reminder_kind"`);
  }
}
