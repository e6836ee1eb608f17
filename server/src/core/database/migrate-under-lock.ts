import { DataSource, type DataSourceOptions } from 'typeorm';

const MIGRATION_LOCK = 'guichet:migrations';

/**
 * Opens the data source and runs pending migrations while holding a session advisory lock, so
 * that instances starting together (replicas, a rolling upgrade) run them once, one after the
 * other: the second waits, then finds nothing left to run.
 */
export async function openAndMigrate(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = await new DataSource({ ...options, migrationsRun: false }).initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [MIGRATION_LOCK]);
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [MIGRATION_LOCK]);
    }
  } catch (error) {
    await runner.release().catch(() => undefined);
    await dataSource.destroy().catch(() => undefined);
    throw error;
  }
  await runner.release();
  return dataSource;
}
