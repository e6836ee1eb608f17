import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * AUTH-8, OTP-3: a mobile number is "verified" once its owner typed a code sent to it. Numbers
 * imported or typed by staff stay unverified (null) until then.
 */
export class MobileVerified1763856900000 implements MigrationInterface {
  name = 'MobileVerified1763856900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "account" ADD "mobile_verified_at" TIMESTAMP WITH TIME ZONE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "mobile_verified_at"`);
  }
}
