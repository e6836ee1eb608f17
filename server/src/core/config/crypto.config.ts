import { createHash } from 'node:crypto';
import { registerAs } from '@nestjs/config';
import { ConfigError } from './config-error';
import { EnvironmentReader } from './environment-reader';

/** Publicly known, so only for development and tests; production must set MASTER_KEY. */
const DEVELOPMENT_KEY = createHash('sha256').update('guichet development master key').digest();

export interface CryptoSettings {
  masterKey: Buffer;
  keyId: string;
  /** Earlier master keys by id, still able to open what they wrapped. */
  retiredKeys?: Record<string, Buffer>;
}

/** The master key that encrypts secrets at rest (outbox payloads, later document keys). */
export const cryptoConfig = registerAs('crypto', (): CryptoSettings => {
  const env = new EnvironmentReader();
  const raw = env.optional('MASTER_KEY');
  if (!raw) {
    if (env.optional('NODE_ENV') === 'production') {
      throw new ConfigError(
        'MASTER_KEY',
        'must be set in production: 32 random bytes in base64 (openssl rand -base64 32)',
      );
    }
    return { masterKey: DEVELOPMENT_KEY, keyId: 'dev', retiredKeys: retiredKeys(env) };
  }
  const key = Buffer.from(raw, 'base64');
  if (key.length !== 32) {
    throw new ConfigError('MASTER_KEY', `must be 32 bytes in base64 (got ${key.length} bytes)`);
  }
  if (env.optional('NODE_ENV') === 'production' && key.equals(DEVELOPMENT_KEY)) {
    throw new ConfigError(
      'MASTER_KEY',
      'is the publicly known development key: set your own in production (openssl rand -base64 32)',
    );
  }
  return {
    masterKey: key,
    keyId: env.string('MASTER_KEY_ID', 'k1'),
    retiredKeys: retiredKeys(env),
  };
});

/**
 * Earlier master keys, `id:base64` separated by commas (`MASTER_KEYS_RETIRED`): what they wrapped
 * (document keys) still opens after a rotation, while new keys are wrapped by `MASTER_KEY`.
 */
function retiredKeys(env: EnvironmentReader): Record<string, Buffer> {
  const keys: Record<string, Buffer> = {};
  for (const entry of (env.optional('MASTER_KEYS_RETIRED') ?? '').split(',')) {
    if (!entry.trim()) continue;
    const [id, value] = entry.trim().split(':');
    const key = Buffer.from(value ?? '', 'base64');
    if (!id || key.length !== 32) {
      throw new ConfigError('MASTER_KEYS_RETIRED', 'must list id:base64 entries of 32-byte keys');
    }
    keys[id] = key;
  }
  return keys;
}

export type CryptoConfig = ReturnType<typeof cryptoConfig>;
