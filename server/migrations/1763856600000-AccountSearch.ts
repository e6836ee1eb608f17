import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The admin's account search ignores accents ("elise" finds "Élise") with PostgreSQL's
 * `unaccent`, a contrib extension marked trusted since PostgreSQL 13: the database owner may
 * create it without being a superuser (docs/decisions/0005-unaccent-for-account-search.md).
 */
export class AccountSearch1763856600000 implements MigrationInterface {
  name = 'AccountSearch1763856600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
