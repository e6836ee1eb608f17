import type { DatabaseConfig } from '../config/database.config';
import { startEmbeddedDatabase } from './embedded-database';
import { connectExternalDatabase } from './external-database';
import type { RunningDatabase } from './running-database';

/** The configured PostgreSQL server, or the embedded one when `DATABASE_URL` is unset. */
export function openDatabase(config: DatabaseConfig): Promise<RunningDatabase> {
  return config.url ? connectExternalDatabase(config.url) : startEmbeddedDatabase(config.embedded);
}
