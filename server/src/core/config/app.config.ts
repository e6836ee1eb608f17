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
  const mode = env.oneOf<RunMode>('NODE_ENV', RUN_MODES, 'development');
  if (mode === 'production' && publicUrl?.protocol !== 'https:') {
    throw new ConfigError(
      'PUBLIC_URL',
      'must be set in production to the https:// address users open (cookies are Secure only then)',
    );
  }
  return {
    mode,
    host,
    port,
    /** Base of every link the product sends; never derived from a request's Host header. */
    publicUrl: (publicUrl?.href ?? `http://localhost:${port}/`).replace(/\/?$/, '/'),
    clientDir: resolve(PROJECT_ROOT, env.string('CLIENT_DIST_DIR', 'client/dist/browser')),
    /** Express's `trust proxy`: which hops may set X-Forwarded-For (the IP of throttling/audit). */
    trustProxy: trustProxy(env),
  };
});

export type AppConfig = ReturnType<typeof appConfig>;

/**
 * `TRUST_PROXY`: unset or `false` (the direct peer is the client), a number of proxy hops, or a
 * comma-separated list of addresses, CIDR ranges and `loopback`, `linklocal`, `uniquelocal`.
 * `true` (trust any hop) is refused: any client could then choose the IP it is throttled by.
 */
function trustProxy(env: EnvironmentReader): false | number | string {
  const raw = env.optional('TRUST_PROXY');
  if (raw === undefined || raw === 'false') return false;
  if (/^\d+$/.test(raw)) return env.integer('TRUST_PROXY', 0, { min: 0, max: 10 });
  const names = ['loopback', 'linklocal', 'uniquelocal'];
  const entries = raw.split(',').map((entry) => entry.trim());
  const valid = (entry: string) => {
    if (names.includes(entry)) return true;
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address ?? '');
    if (family === 0 || extra !== undefined) return false;
    return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
  };
  if (!entries.every(valid)) {
    throw new ConfigError(
      'TRUST_PROXY',
      `must be false, a number of hops, or addresses/CIDR ranges such as "loopback, 10.0.0.0/8" (got "${raw}")`,
    );
  }
  return entries.join(',');
}
