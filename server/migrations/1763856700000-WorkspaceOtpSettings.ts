import type { MigrationInterface, QueryRunner } from 'typeorm';

/** IDV-3b, OTP-1: a firm's optional SMS one-time codes and their lifetime (at most 15 minutes). */
export class WorkspaceOtpSettings1763856700000 implements MigrationInterface {
  name = 'WorkspaceOtpSettings1763856700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "workspace" ADD "sms_otp_enabled" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "workspace" ADD "otp_valid_minutes" integer`);
    await queryRunner.query(
      `ALTER TABLE "workspace" ADD CONSTRAINT "CHK_workspace_otp_valid_minutes" CHECK ("otp_valid_minutes" BETWEEN 1 AND 15)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "workspace" DROP CONSTRAINT "CHK_workspace_otp_valid_minutes"`,
    );
    await queryRunner.query(`ALTER TABLE "workspace" DROP COLUMN "otp_valid_minutes"`);
    await queryRunner.query(`ALTER TABLE "workspace" DROP COLUMN "sms_otp_enabled"`);
  }
}
