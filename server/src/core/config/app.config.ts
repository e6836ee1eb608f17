import { isIP } from 'node:net';
import { resolve, sep } from 'node:path';
import { registerAs } from '@nestjs/config';
import { ConfigError } from './config-error';
import { EnvironmentReader } from './environment-reader';

export const RUN_MODES = ['development', 'production', 'test'] as const;
export type RunMode = (typeof RUN_MODES)[number];

/** The repository root, whether running from `server/src` (tests) or `server/dist/src` (built). */
export const PROJECT_ROOT = resolve(
  __dirname.slice(0, __dirname.lastIndexOf(`${sep}server${sep}`)),
);

/** HTTP listener, run mode and where the built Angular client is. */
export const appConfig = registerAs('app', () => {
  const env = new EnvironmentReader();
  const host = env.string('HOST', '127.0.0.1');
  if (host !== 'localhost' && isIP(host) === 0) {
    throw new ConfigError('HOST', `must be an IP address or localhost (got "${host}")`);
  }
  const port = env.port('PORT', 3000);
  const publicUrl = env.url('PUBLIC_URL', ['http:', 'https:']);
  return {
    mode: env.oneOf<RunMode>('NODE_ENV', RUN_MODES, 'development'),
    host,
    port,
    /** Base of every link the product sends; never derived from a request's Host header. */
    publicUrl: (publicUrl?.href ?? `http://localhost:${port}/`).replace(/\/?$/, '/'),
    clientDir: resolve(PROJECT_ROOT, env.string('CLIENT_DIST_DIR', 'client/dist/browser')),
  };
});

export type AppConfig = ReturnType<typeof appConfig>;
