import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { migrations } from '../../server/migrations';
import { AccountEntity } from '../../server/src/modules/accounts/entities/account.entity';
import { WorkspaceEntity } from '../../server/src/modules/workspaces/entities/workspace.entity';
import { typeOrmOptions } from '../../server/src/core/database/typeorm-options';
import { createTestDatabase, queryDatabase, type TestDatabase } from '../support/test-database';

describe('database schema', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource({
      ...typeOrmOptions(database.url, 2),
      entities: [WorkspaceEntity, AccountEntity],
    });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('builds an empty database from the migrations alone', async () => {
    const tables = await queryDatabase<{ table_name: string }>(
      database.url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    );
    expect(tables.map((t) => t.table_name)).toEqual(['account', 'migrations', 'workspace']);
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
      database.url,
      "INSERT INTO workspace (slug, name) VALUES ('a', 'A'), ('b', 'B') RETURNING id",
    );
    const insert = (workspaceId: string) =>
      queryDatabase(
        database.url,
        "INSERT INTO account (workspace_id, access_code, role, last_name) VALUES ($1, '123', 'client', 'X')",
        [workspaceId],
      );
    await insert(a!.id);
    await insert(b!.id);
    await expect(insert(a!.id)).rejects.toThrow(/UQ_account_workspace_access_code/);
  });
});
