import { Global, Module } from '@nestjs/common';
import { storageConfig, type StorageConfig } from '../config/storage.config';
import { BlobStore } from './blob-store';
import { LocalBlobStore } from './local-blob-store';
import { S3BlobStore } from './s3-blob-store';

/** Chooses the blob store from the configuration (`BLOB_STORE`). */
export function createBlobStore(config: StorageConfig): BlobStore {
  return config.s3 ? new S3BlobStore(config.s3) : new LocalBlobStore(config.blobDir);
}

/** The blob store, for the modules that keep documents. */
@Global()
@Module({
  providers: [{ provide: BlobStore, inject: [storageConfig.KEY], useFactory: createBlobStore }],
  exports: [BlobStore],
})
export class StorageModule {}
