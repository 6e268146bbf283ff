import type { MigrationInterface, QueryRunner } from "typeorm";

export class CongressFacts1796119561709 implements MigrationInterface {
  name = "CongressFacts1796119561709";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "congress" ADD "delegate_count" integer`);
    await queryRunner.query(`ALTER TABLE "congress" ADD "standing_committee_size" integer`);
    await queryRunner.query(`ALTER TABLE "congress" ADD "inspection_committee_size" integer`);
    await queryRunner.query(`ALTER TABLE "congress" ADD "motto" text`);
    await queryRunner.query(`ALTER TABLE "congress" ADD "theme" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "congress" DROP COLUMN "theme"`);
    await queryRunner.query(`ALTER TABLE "congress" DROP COLUMN "motto"`);
    await queryRunner.query(`ALTER TABLE "congress" DROP COLUMN "inspection_committee_size"`);
    await queryRunner.query(`ALTER TABLE "congress" DROP COLUMN "standing_committee_size"`);
    await queryRunner.query(`ALTER TABLE "congress" DROP COLUMN "delegate_count"`);
  }
}
