import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Rules the database enforces whatever the application does: the audit log is
 * append-only, and an approved figure cannot be changed or deleted (only the
 * reopen transition may move it back to DRAFT).
 */
export class Guards1795808485647 implements MigrationInterface {
  name = "Guards1795808485647";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'RT001';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER tg_audit_event_append_only BEFORE UPDATE OR DELETE ON "audit_event"
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await queryRunner.query(`
      CREATE FUNCTION measurement_approved_read_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'an approved measurement cannot be deleted' USING ERRCODE = 'RT002';
        END IF;
        IF NEW.status = 'APPROVED' OR NEW.value IS DISTINCT FROM OLD.value
           OR NEW.year IS DISTINCT FROM OLD.year OR NEW.period IS DISTINCT FROM OLD.period
           OR NEW.indicator_id IS DISTINCT FROM OLD.indicator_id OR NEW.agency_id IS DISTINCT FROM OLD.agency_id
           OR NEW.value_kind IS DISTINCT FROM OLD.value_kind THEN
          RAISE EXCEPTION 'an approved measurement is read-only' USING ERRCODE = 'RT002';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER tg_measurement_approved_read_only BEFORE UPDATE OR DELETE ON "measurement"
      FOR EACH ROW WHEN (OLD.status = 'APPROVED') EXECUTE FUNCTION measurement_approved_read_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER tg_measurement_approved_read_only ON "measurement"`);
    await queryRunner.query(`DROP FUNCTION measurement_approved_read_only()`);
    await queryRunner.query(`DROP TRIGGER tg_audit_event_append_only ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
  }
}
