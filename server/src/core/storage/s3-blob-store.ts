import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { StorageConfig } from '../config/storage.config';
import { BlobStore, type ByteRange, checkBlobKey } from './blob-store';

type S3Settings = NonNullable<StorageConfig['s3']>;

/**
 * Blobs in an S3-compatible bucket (AWS, MinIO, Garage, Scaleway…). Uploads are multipart and
 * streamed (one part in memory per concurrent part); a failed upload is aborted, so no object
 * appears. Reads stream the object, or a byte range of it.
 */
export class S3BlobStore extends BlobStore {
  readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    super();
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials:
        settings.accessKeyId && settings.secretAccessKey
          ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
          : undefined,
    });
  }

  async write(key: string, source: Readable): Promise<number> {
    let bytes = 0;
    source.on('data', (chunk: Buffer) => (bytes += chunk.length));
    const upload = new Upload({
      client: this.client,
      params: {
        Bucket: this.settings.bucket,
        Key: this.objectKey(key),
        Body: source,
        ContentType: 'application/octet-stream',
      },
      partSize: this.settings.partBytes,
      queueSize: 2,
      leavePartsOnError: false,
    });
    await upload.done();
    return bytes;
  }

  async read(key: string, range?: ByteRange): Promise<Readable> {
    const answer = await this.client.send(
      new GetObjectCommand({
        Bucket: this.settings.bucket,
        Key: this.objectKey(key),
        Range: range ? `bytes=${range.start}-${range.end}` : undefined,
      }),
    );
    if (!(answer.Body instanceof Readable)) throw new Error('S3 answered without a body stream');
    return answer.Body;
  }

  async delete(key: string): Promise<void> {
    // S3 answers a delete of a missing key with success: idempotent as the port asks.
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }),
    );
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(
        new HeadObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }),
      );
      return true;
    } catch (error) {
      if ((error as { name?: string }).name === 'NotFound') return false;
      throw error;
    }
  }

  /** Interrupted multipart uploads are aborted by the upload itself or by a bucket lifecycle rule. */
  sweepInterrupted(): Promise<number> {
    return Promise.resolve(0);
  }

  /** The object's key: the configured prefix, then the blob key. */
  objectKey(key: string): string {
    const checked = checkBlobKey(key);
    return this.settings.prefix ? `${this.settings.prefix}/${checked}` : checked;
  }
}
