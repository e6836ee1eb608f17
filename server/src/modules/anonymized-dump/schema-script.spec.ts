import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrations } from '../../../migrations';
import { schemaStatements } from './schema-script';

describe('schemaStatements', () => {
  it('replays every migration of the app, after the migrations table', async () => {
    const statements = await schemaStatements(migrations);
    expect(statements[0]).toMatch(/^CREATE TABLE "migrations"/);
    expect(statements.some((s) => s.startsWith('CREATE TABLE "account"'))).toBe(true);
    expect(statements.some((s) => s.includes('"TRG_audit_event_only_clear_ip"'))).toBe(true);
  });

  it('refuses a migration it cannot replay exactly', async () => {
    class Reads implements MigrationInterface {
      async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.hasTable('account');
      }
      async down(): Promise<void> {}
    }
    await expect(schemaStatements([Reads])).rejects.toThrow(/queryRunner.hasTable/);
  });
});
