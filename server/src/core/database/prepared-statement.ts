import type { DataSource } from 'typeorm';
import type { Pool } from 'pg';

/**
 * A statement of a hot path (each sign-in runs several), sent by name so that each connection
 * parses and plans it once instead of at every call. `name` must be unique in the app.
 */
export interface PreparedStatement {
  name: string;
  text: string;
}

/**
 * Runs `statement` on a pooled connection, outside any transaction, and gives its rows. Straight
 * through the driver's pool: TypeORM's query runner costs more CPU per call than the statement.
 */
export async function queryPrepared<T>(
  dataSource: DataSource,
  statement: PreparedStatement,
  values: unknown[],
): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const result = await pool.query({ name: statement.name, text: statement.text, values });
  return result.rows as T[];
}
