import { resolve } from 'node:path';
import { registerAs } from '@nestjs/config';
import { PROJECT_ROOT } from './app.config';
import { ConfigError } from './config-error';
import { EnvironmentReader } from './environment-reader';

/**
 * Where the data lives: the PostgreSQL server named by `DATABASE_URL`, or else an embedded
 * PostgreSQL started by the app in `EMBEDDED_DATABASE_DIR`.
 */
export const databaseConfig = registerAs('database', () => {
  const env = new EnvironmentReader();
  const url = env.url('DATABASE_URL', ['postgres:', 'postgresql:']);
  if (!url && env.optional('NODE_ENV') === 'production') {
    throw new ConfigError(
      'DATABASE_URL',
      'must be set in production; the embedded database is for development only',
    );
  }
  return {
    url: url?.href,
    embedded: {
      dir: resolve(PROJECT_ROOT, env.string('EMBEDDED_DATABASE_DIR', 'data/postgres')),
      /** 0 picks a free port at each start, so a local PostgreSQL on 5432 is never in the way. */
      port: env.port('EMBEDDED_DATABASE_PORT', 0),
    },
    poolSize: env.integer('DATABASE_POOL_SIZE', 10, { min: 1, max: 200 }),
  };
});

export type DatabaseConfig = ReturnType<typeof databaseConfig>;
