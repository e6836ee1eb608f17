import { createHash } from 'node:crypto';
import { registerAs } from '@nestjs/config';
import { ConfigError } from './config-error';
import { EnvironmentReader } from './environment-reader';

/** Publicly known, so only for development and tests; production must set MASTER_KEY. */
const DEVELOPMENT_KEY = createHash('sha256').update('guichet development master key').digest();

/** The master key that encrypts secrets at rest (outbox payloads, later document keys). */
export const cryptoConfig = registerAs('crypto', () => {
  const env = new EnvironmentReader();
  const raw = env.optional('MASTER_KEY');
  if (!raw) {
    if (env.optional('NODE_ENV') === 'production') {
      throw new ConfigError(
        'MASTER_KEY',
        'must be set in production: 32 random bytes in base64 (openssl rand -base64 32)',
      );
    }
    return { masterKey: DEVELOPMENT_KEY, keyId: 'dev' };
  }
  const key = Buffer.from(raw, 'base64');
  if (key.length !== 32) {
    throw new ConfigError('MASTER_KEY', `must be 32 bytes in base64 (got ${key.length} bytes)`);
  }
  return { masterKey: key, keyId: env.string('MASTER_KEY_ID', 'k1') };
});

export type CryptoConfig = ReturnType<typeof cryptoConfig>;
