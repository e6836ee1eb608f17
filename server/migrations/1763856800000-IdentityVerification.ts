import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * IDV-2…IDV-8, OTP-2: password-set links, identity flows, the admin verification queue, terms
 * acceptance, and the subject of one-time codes for the hourly cap per subject.
 */
export class IdentityVerification1763856800000 implements MigrationInterface {
  name = 'IdentityVerification1763856800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "account" ADD "terms_accepted_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "otp_challenge" ADD "subject" character varying(100)`);
    await queryRunner.query(
      `CREATE INDEX "IDX_otp_challenge_subject" ON "otp_challenge" ("subject", "created_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "password_set_link" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "token_hash" bytea NOT NULL,
        "account_id" uuid NOT NULL,
        "workspace_id" uuid NOT NULL,
        "purpose" character varying(16) NOT NULL,
        "email" character varying(254) NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        "voided_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_password_set_link" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_password_set_link_token_hash" UNIQUE ("token_hash"),
        CONSTRAINT "CHK_password_set_link_purpose" CHECK ("purpose" IN ('reset', 'activation', 'invitation')),
        CONSTRAINT "FK_password_set_link_account" FOREIGN KEY ("account_id")
          REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_password_set_link_workspace" FOREIGN KEY ("workspace_id")
          REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_password_set_link_account" ON "password_set_link" ("account_id", "created_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "identity_flow" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "token_hash" bytea NOT NULL,
        "workspace_id" uuid NOT NULL,
        "kind" character varying(24) NOT NULL,
        "step" character varying(24) NOT NULL,
        "account_id" uuid,
        "data" jsonb NOT NULL DEFAULT '{}',
        "attempts" integer NOT NULL DEFAULT 0,
        "ended_at" TIMESTAMP WITH TIME ZONE,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_identity_flow" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_identity_flow_token_hash" UNIQUE ("token_hash"),
        CONSTRAINT "FK_identity_flow_workspace" FOREIGN KEY ("workspace_id")
          REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_identity_flow_account" FOREIGN KEY ("account_id")
          REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_identity_flow_expires_at" ON "identity_flow" ("expires_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "identity_review" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "account_id" uuid NOT NULL,
        "email_given" character varying(254) NOT NULL,
        "mobile_given" character varying(16) NOT NULL,
        "reason" character varying(16) NOT NULL,
        "state" character varying(16) NOT NULL DEFAULT 'pending',
        "decided_at" TIMESTAMP WITH TIME ZONE,
        "decided_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_identity_review" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_identity_review_reason" CHECK ("reason" IN ('no-sms-otp', 'phone-lost')),
        CONSTRAINT "CHK_identity_review_state" CHECK ("state" IN ('pending', 'approved', 'rejected')),
        CONSTRAINT "FK_identity_review_workspace" FOREIGN KEY ("workspace_id")
          REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_identity_review_account" FOREIGN KEY ("account_id")
          REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_identity_review_decided_by" FOREIGN KEY ("decided_by")
          REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_identity_review_queue" ON "identity_review" ("workspace_id", "state", "created_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "identity_review"`);
    await queryRunner.query(`DROP TABLE "identity_flow"`);
    await queryRunner.query(`DROP TABLE "password_set_link"`);
    await queryRunner.query(`DROP INDEX "IDX_otp_challenge_subject"`);
    await queryRunner.query(`ALTER TABLE "otp_challenge" DROP COLUMN "subject"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "terms_accepted_at"`);
  }
}
