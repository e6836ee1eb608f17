import { ConfigError } from '../config/config-error';
import { storageConfig } from '../config/storage.config';
import { S3BlobStore } from './s3-blob-store';
import { createBlobStore } from './storage.module';
import { LocalBlobStore } from './local-blob-store';

const KEY = '3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b/0e6f2b1c-7d3a-4b5e-9f8a-1c2d3e4f5a6b';

/** Reads the storage settings from these variables only. */
function configWith(env: Record<string, string>) {
  const saved = { ...process.env };
  for (const name of Object.keys(process.env))
    if (/^(BLOB_|S3_)/.test(name)) delete process.env[name];
  Object.assign(process.env, env);
  try {
    return storageConfig();
  } finally {
    process.env = saved;
  }
}

describe(S3BlobStore.name, () => {
  it('is chosen by BLOB_STORE=s3 and needs a bucket', () => {
    expect(createBlobStore(configWith({}))).toBeInstanceOf(LocalBlobStore);
    expect(() => configWith({ BLOB_STORE: 's3' })).toThrow(ConfigError);
    expect(() => configWith({ BLOB_STORE: 's3', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'id' })).toThrow(
      /S3_SECRET_ACCESS_KEY/,
    );
    const store = createBlobStore(
      configWith({
        BLOB_STORE: 's3',
        S3_BUCKET: 'guichet',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_FORCE_PATH_STYLE: 'true',
        S3_PREFIX: '/documents/',
        S3_ACCESS_KEY_ID: 'id',
        S3_SECRET_ACCESS_KEY: 'secret',
      }),
    );
    expect(store).toBeInstanceOf(S3BlobStore);
    const s3 = store as S3BlobStore;
    expect(s3.objectKey(KEY)).toBe(`documents/${KEY}`);
    expect(() => s3.objectKey('../../other-bucket')).toThrow('Invalid blob key');
    expect(s3.client.config.forcePathStyle).toBe(true);
  });
});
