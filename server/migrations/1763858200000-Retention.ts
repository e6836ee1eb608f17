import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GDPR-5: retention periods per workspace, the last activity of an account (what "inactive"
 * is measured from), and the one UPDATE the audit trail accepts: clearing an old network prefix.
 */
export class Retention1763858200000 implements MigrationInterface {
  name = 'Retention1763858200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "retention_settings" (
        "workspace_id" uuid NOT NULL,
        "inactive_client_months" integer NOT NULL,
        "audit_ip_months" integer NOT NULL,
        "lead_months" integer NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_retention_settings" PRIMARY KEY ("workspace_id"),
        CONSTRAINT "FK_retention_settings_workspace" FOREIGN KEY ("workspace_id")
          REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);

    // Set at each sign-in. Accounts that existed before count from their last session, or else
    // from their last change: nobody is found inactive by the upgrade itself.
    await queryRunner.query(`ALTER TABLE "account" ADD "last_active_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`
      UPDATE "account" a SET "last_active_at" = GREATEST(a."updated_at",
        (SELECT max(s."last_seen_at") FROM "session" s WHERE s."account_id" = a."id"))`);
    await queryRunner.query(
      `CREATE INDEX "IDX_account_activity" ON "account" ("workspace_id", "role", "last_active_at")`,
    );

    // The trail stays append-only, except for the retention job: inside a transaction that set
    // guichet.audit_ip_retention, an UPDATE may clear ip_prefix and change nothing else.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION "audit_event_refuse_update"() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('guichet.audit_ip_retention', true) = 'on' THEN
          RETURN NULL;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
          USING ERRCODE = 'restrict_violation';
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION "audit_event_only_clear_ip"() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."ip_prefix" IS NULL
          AND to_jsonb(NEW) - 'ip_prefix' = to_jsonb(OLD) - 'ip_prefix' THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only: only clearing ip_prefix is allowed'
          USING ERRCODE = 'restrict_violation';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER "TRG_audit_event_only_clear_ip"
        BEFORE UPDATE ON "audit_event"
        FOR EACH ROW EXECUTE FUNCTION "audit_event_only_clear_ip"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_audit_event_only_clear_ip" ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION "audit_event_only_clear_ip"()`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION "audit_event_refuse_update"() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
          USING ERRCODE = 'restrict_violation';
      END
      $$`);
    await queryRunner.query(`DROP INDEX "IDX_account_activity"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "last_active_at"`);
    await queryRunner.query(`DROP TABLE "retention_settings"`);
  }
}
