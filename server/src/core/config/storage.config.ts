import { resolve } from 'node:path';
import { registerAs } from '@nestjs/config';
import { PROJECT_ROOT } from './app.config';
import { ConfigError } from './config-error';
import { EnvironmentReader } from './environment-reader';

/** Where documents are stored (PARCEL-5): local disk by default, or S3-compatible storage. */
export const storageConfig = registerAs('storage', () => {
  const env = new EnvironmentReader();
  const kind = env.oneOf('BLOB_STORE', ['local', 's3'] as const, 'local');
  const s3 =
    kind === 's3'
      ? {
          bucket: required(env, 'S3_BUCKET'),
          region: env.string('S3_REGION', 'us-east-1'),
          endpoint: env.url('S3_ENDPOINT', ['http:', 'https:'])?.href,
          accessKeyId: env.optional('S3_ACCESS_KEY_ID'),
          secretAccessKey: env.optional('S3_SECRET_ACCESS_KEY'),
          forcePathStyle: env.boolean('S3_FORCE_PATH_STYLE', false),
          prefix: env.string('S3_PREFIX', '').replace(/^\/+|\/+$/g, ''),
          partBytes: env.integer('S3_PART_MB', 8, { min: 5, max: 512 }) * 1024 * 1024,
        }
      : null;
  if (s3 && !s3.accessKeyId !== !s3.secretAccessKey) {
    throw new ConfigError('S3_ACCESS_KEY_ID', 'and S3_SECRET_ACCESS_KEY go together');
  }
  return {
    kind,
    /** Local adapter: the blobs, and a `.tmp` folder for uploads in progress. */
    blobDir: resolve(PROJECT_ROOT, env.string('BLOB_DIR', 'data/blobs')),
    s3,
  };
});

function required(env: EnvironmentReader, name: string): string {
  const value = env.optional(name);
  if (!value) throw new ConfigError(name, 'must be set when BLOB_STORE=s3');
  return value;
}

export type StorageConfig = ReturnType<typeof storageConfig>;
