import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../../migrations';

/** Connection settings shared by the app and the migration CLI: migrations only, never synchronize. */
export function typeOrmOptions(url: string, poolSize: number): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: poolSize, connectionTimeoutMillis: 5_000 },
  };
}
