import type { MigrationInterface, QueryRunner } from 'typeorm';

/** AUTH-3, AUTH-4: the append-only audit trail and the used CAPTCHA solutions. */
export class AuditAndCaptcha1763856200000 implements MigrationInterface {
  name = 'AuditAndCaptcha1763856200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "audit_event" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "workspace_id" uuid,
        "actor_account_id" uuid,
        "kind" character varying(64) NOT NULL,
        "outcome" character varying(7) NOT NULL,
        "target_ids" jsonb NOT NULL DEFAULT '{}',
        "ip_prefix" character varying(50),
        CONSTRAINT "CHK_audit_event_outcome" CHECK ("outcome" IN ('success', 'failure')),
        CONSTRAINT "CHK_audit_event_target_ids" CHECK (jsonb_typeof("target_ids") = 'object'),
        CONSTRAINT "PK_audit_event" PRIMARY KEY ("id"),
        CONSTRAINT "FK_audit_event_workspace" FOREIGN KEY ("workspace_id")
          REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    // The viewer reads a workspace's (or an account's) trail newest first, page by page.
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_event_workspace_time" ON "audit_event" ("workspace_id", "occurred_at" DESC, "id" DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_event_actor_time" ON "audit_event" ("actor_account_id", "occurred_at" DESC, "id" DESC) WHERE "actor_account_id" IS NOT NULL`,
    );
    // Append-only, enforced by the database and not only by the code: no UPDATE, whoever sends it
    // (a statement trigger, so even an UPDATE that matches no row is refused). DELETE stays
    // possible on purpose, for two cases only: a deleted workspace takes its trail with it
    // (ON DELETE CASCADE), and a retention job will delete events past their retention period.
    // That is why no foreign key points at account: ON DELETE SET NULL would be an UPDATE.
    await queryRunner.query(`
      CREATE FUNCTION "audit_event_refuse_update"() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
          USING ERRCODE = 'restrict_violation';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER "TRG_audit_event_append_only"
        BEFORE UPDATE ON "audit_event"
        FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_refuse_update"()`);

    // A solved CAPTCHA is accepted once: its challenge's signature is kept until it expires.
    await queryRunner.query(`
      CREATE TABLE "captcha_solution" (
        "signature" character varying(128) NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_captcha_solution" PRIMARY KEY ("signature")
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_captcha_solution_expires_at" ON "captcha_solution" ("expires_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "captcha_solution"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP FUNCTION "audit_event_refuse_update"()`);
  }
}
