import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { migrations } from '../../server/migrations';
import { queryDatabase } from '../support/test-database';
import { startTestApp, type TestApp } from '../support/test-app';

describe('database schema', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  const database = () => testApp.database;

  // The app's own data source: it knows every entity the modules register.
  beforeAll(async () => {
    testApp = await startTestApp();
    dataSource = testApp.app.get(DataSource);
  });

  afterAll(() => testApp.close());

  it('builds an empty database from the migrations alone', async () => {
    const tables = await queryDatabase<{ table_name: string }>(
      database().url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    );
    expect(tables.map((t) => t.table_name)).toEqual([
      'account',
      'account_second_factor',
      'api_key',
      'audit_event',
      'captcha_solution',
      'crm_address',
      'crm_communication',
      'crm_company',
      'crm_contact',
      'crm_document',
      'crm_email',
      'crm_lead',
      'crm_opportunity',
      'crm_phone',
      'crm_preference',
      'crm_remark',
      'crm_target_group',
      'dev_inbox_message',
      'erasure_tombstone',
      'identity_flow',
      'identity_review',
      'migrations',
      'otp_challenge',
      'outbox_message',
      'parcel',
      'parcel_document',
      'parcel_download',
      'parcel_recipient',
      'parcel_settings',
      'password_history',
      'password_policy',
      'password_set_link',
      'recipient_session',
      'recovery_code',
      'retention_settings',
      'secure_message_download',
      'secure_message_recipient',
      'session',
      'sign_in_throttle',
      'workspace',
    ]);
  });

  it('lists every migration file of server/migrations', () => {
    const files = readdirSync(join(__dirname, '../../server/migrations')).filter((f) =>
      /^\d+-.+\.ts$/.test(f),
    );
    expect(
      migrations.map((m) => `${m.name.match(/\d+$/)![0]}-${m.name.replace(/\d+$/, '')}.ts`).sort(),
    ).toEqual(files.sort());
  });

  it('matches the entities exactly, so no change is left without a migration', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('runs again on an up-to-date database without doing anything', async () => {
    expect(await dataSource.runMigrations()).toEqual([]);
  });

  it('keeps access codes unique per workspace but not across workspaces', async () => {
    const [a, b] = await queryDatabase<{ id: string }>(
      database().url,
      "INSERT INTO workspace (slug, name) VALUES ('a', 'A'), ('b', 'B') RETURNING id",
    );
    const insert = (workspaceId: string) =>
      queryDatabase(
        database().url,
        "INSERT INTO account (workspace_id, access_code, role, last_name) VALUES ($1, '123', 'client', 'X')",
        [workspaceId],
      );
    await insert(a!.id);
    await insert(b!.id);
    await expect(insert(a!.id)).rejects.toThrow(/UQ_account_workspace_access_code/);
  });
});
