import { Client } from 'pg';
import { ConfigError } from '../config/config-error';
import type { RunningDatabase } from './running-database';

/** Where a connection URL points, without its credentials. */
export function describeDatabaseUrl(url: string): string {
  const { hostname, port, pathname } = new URL(url);
  return `${hostname}:${port || 5432}${pathname}`;
}

/**
 * Checks once that the server named by `DATABASE_URL` answers, so that a wrong URL stops the start
 * with one clear line instead of a retry loop.
 */
export async function connectExternalDatabase(url: string): Promise<RunningDatabase> {
  const description = describeDatabaseUrl(url);
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    // A refused connection is an AggregateError with an empty message but a code.
    const reason = (error as Error).message || (error as NodeJS.ErrnoException).code || 'no answer';
    throw new ConfigError('DATABASE_URL', `cannot connect to ${description} (${reason})`);
  } finally {
    await client.end().catch(() => undefined);
  }
  return { url, description, close: async () => undefined };
}
