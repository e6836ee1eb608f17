import type { MigrationInterface, QueryRunner } from 'typeorm';

/** AUTH-8, OTP-1, OTP-2: one-time codes, TOTP, recovery codes, sessions waiting for a 2nd factor. */
export class SecondFactor1763856500000 implements MigrationInterface {
  name = 'SecondFactor1763856500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "session" ADD "second_factor_pending" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`
      CREATE TABLE "otp_challenge" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "purpose" character varying(40) NOT NULL,
        "flow_id" character varying(100) NOT NULL,
        "workspace_id" uuid,
        "recipient" text NOT NULL,
        "code_hash" bytea NOT NULL,
        "attempts" integer NOT NULL DEFAULT 0,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "consumed_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_otp_challenge" PRIMARY KEY ("id"),
        CONSTRAINT "FK_otp_challenge_workspace" FOREIGN KEY ("workspace_id")
          REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_otp_challenge_flow" ON "otp_challenge" ("purpose", "flow_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_otp_challenge_recipient" ON "otp_challenge" ("recipient", "created_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "account_second_factor" (
        "account_id" uuid NOT NULL,
        "totp_secret" bytea,
        "totp_enabled_at" TIMESTAMP WITH TIME ZONE,
        "totp_last_step" bigint,
        "sms_enabled_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_account_second_factor" PRIMARY KEY ("account_id"),
        CONSTRAINT "FK_account_second_factor_account" FOREIGN KEY ("account_id")
          REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`
      CREATE TABLE "recovery_code" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "account_id" uuid NOT NULL,
        "code_hash" bytea NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_recovery_code" PRIMARY KEY ("id"),
        CONSTRAINT "FK_recovery_code_account" FOREIGN KEY ("account_id")
          REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_recovery_code_account" ON "recovery_code" ("account_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "recovery_code"`);
    await queryRunner.query(`DROP TABLE "account_second_factor"`);
    await queryRunner.query(`DROP TABLE "otp_challenge"`);
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "second_factor_pending"`);
  }
}
