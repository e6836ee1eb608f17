import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PWD-1…PWD-5: a policy per workspace with its version and roll-out mode, the history of each
 * account's passwords, what the last check of the current password found, temporary passwords'
 * expiry, forced changes, and sessions held at the change-password step.
 *
 * The workspaces that exist when this runs get the default rules in mode `off`: seed 002 leaves
 * existing firms time to organise the roll-out. A workspace with no row (every one created later)
 * has the default rules in mode `enforce` (PWD-2).
 */
export class PasswordPolicy1763857100000 implements MigrationInterface {
  name = 'PasswordPolicy1763857100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "password_policy" (
        "workspace_id" uuid NOT NULL,
        "mode" character varying(8) NOT NULL,
        "preset" character varying(20) NOT NULL,
        "min_length" integer NOT NULL,
        "max_length" integer NOT NULL,
        "required_classes" smallint NOT NULL,
        "min_entropy_bits" real NOT NULL,
        "min_score" smallint NOT NULL,
        "block_list" boolean NOT NULL,
        "history_size" smallint NOT NULL,
        "max_age_days" integer,
        "min_length_with_second_factor" integer,
        "version" integer NOT NULL DEFAULT 1,
        "updated_at" TIMESTAMP WITH TIME ZONE,
        "updated_by" uuid,
        CONSTRAINT "PK_password_policy" PRIMARY KEY ("workspace_id"),
        CONSTRAINT "CHK_password_policy_mode" CHECK ("mode" IN ('off', 'warn', 'enforce')),
        CONSTRAINT "CHK_password_policy_preset"
          CHECK ("preset" IN ('cnil-2022', 'seed-002-classic', 'nist-800-63b', 'custom')),
        CONSTRAINT "FK_password_policy_workspace" FOREIGN KEY ("workspace_id")
          REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_password_policy_updated_by" FOREIGN KEY ("updated_by")
          REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`
      INSERT INTO "password_policy" ("workspace_id", "mode", "preset", "min_length", "max_length",
                                     "required_classes", "min_entropy_bits", "min_score",
                                     "block_list", "history_size", "max_age_days",
                                     "min_length_with_second_factor")
      SELECT "id", 'off', 'cnil-2022', 12, 128, 2, 50, 3, true, 5, NULL, NULL FROM "workspace"`);
    await queryRunner.query(`
      CREATE TABLE "password_history" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "account_id" uuid NOT NULL,
        "password_hash" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_password_history" PRIMARY KEY ("id"),
        CONSTRAINT "FK_password_history_account" FOREIGN KEY ("account_id")
          REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_password_history_account" ON "password_history" ("account_id", "created_at")`,
    );
    await queryRunner.query(`
      ALTER TABLE "account"
        ADD "password_policy_version" integer,
        ADD "password_meets_policy" boolean,
        ADD "password_unmet_rules" jsonb,
        ADD "password_score" smallint,
        ADD "password_entropy_bits" real,
        ADD "password_expires_at" TIMESTAMP WITH TIME ZONE,
        ADD "password_change_reason" character varying(16),
        ADD CONSTRAINT "CHK_account_password_change_reason"
          CHECK ("password_change_reason" IN ('expired', 'weak', 'repair'))`);
    await queryRunner.query(
      `ALTER TABLE "session" ADD "password_change_pending" boolean NOT NULL DEFAULT false`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "password_change_pending"`);
    await queryRunner.query(`
      ALTER TABLE "account"
        DROP CONSTRAINT "CHK_account_password_change_reason",
        DROP COLUMN "password_change_reason",
        DROP COLUMN "password_expires_at",
        DROP COLUMN "password_entropy_bits",
        DROP COLUMN "password_score",
        DROP COLUMN "password_unmet_rules",
        DROP COLUMN "password_meets_policy",
        DROP COLUMN "password_policy_version"`);
    await queryRunner.query(`DROP TABLE "password_history"`);
    await queryRunner.query(`DROP TABLE "password_policy"`);
  }
}
