import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PWD-4: the digest of what a password check depended on besides the password, so that a sign-in
 * under the same policy version and context reuses the recorded result instead of running the
 * evaluator again. Existing checks have none and are evaluated at their next sign-in.
 */
export class PasswordCheckKey1763857600000 implements MigrationInterface {
  name = 'PasswordCheckKey1763857600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account" ADD "password_check_key" character varying(64)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "password_check_key"`);
  }
}
