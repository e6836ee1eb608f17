import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * IDV-3b: a first connection to an account that has a password or an address but no mobile on
 * file goes to the admin queue (`unproven-mobile`) instead of texting a code to the number typed.
 */
export class UnprovenMobileReview1763858700000 implements MigrationInterface {
  name = 'UnprovenMobileReview1763858700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "identity_review" DROP CONSTRAINT "CHK_identity_review_reason"`,
    );
    await queryRunner.query(
      `ALTER TABLE "identity_review" ADD CONSTRAINT "CHK_identity_review_reason"
         CHECK ("reason" IN ('no-sms-otp', 'phone-lost', 'unproven-mobile'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "identity_review" WHERE "reason" = 'unproven-mobile'`);
    await queryRunner.query(
      `ALTER TABLE "identity_review" DROP CONSTRAINT "CHK_identity_review_reason"`,
    );
    await queryRunner.query(
      `ALTER TABLE "identity_review" ADD CONSTRAINT "CHK_identity_review_reason"
         CHECK ("reason" IN ('no-sms-otp', 'phone-lost'))`,
    );
  }
}
