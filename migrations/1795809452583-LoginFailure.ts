import type { MigrationInterface, QueryRunner } from "typeorm";

export class LoginFailure1795809452583 implements MigrationInterface {
  name = "LoginFailure1795809452583";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "login_failure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_login_failure" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_login_failure_key_at" ON "login_failure" ("key", "at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_login_failure_key_at"`);
    await queryRunner.query(`DROP TABLE "login_failure"`);
  }
}
