import type { MigrationInterface, QueryRunner } from "typeorm";

export class LoginThrottle1796118195223 implements MigrationInterface {
  name = "LoginThrottle1796118195223";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "login_throttle" ("key" text NOT NULL, "failures" integer NOT NULL, "window_ends" TIMESTAMP WITH TIME ZONE NOT NULL, "next_at" TIMESTAMP WITH TIME ZONE NOT NULL, "slot_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_login_throttle" PRIMARY KEY ("key"))`);
    // One row per failure, counted with a read then a write: replaced by login_throttle's upserts.
    await queryRunner.query(`DROP TABLE "login_failure"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "login_failure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_login_failure" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_login_failure_key_at" ON "login_failure" ("key", "at") `);
    await queryRunner.query(`DROP TABLE "login_throttle"`);
  }
}
