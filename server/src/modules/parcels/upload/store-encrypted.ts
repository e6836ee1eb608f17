import { DocumentEncryptor } from '../../../core/crypto/document-cipher';
import type { IncomingFile } from '../../../core/http/multipart-file';
import type { BlobStore } from '../../../core/storage/blob-store';
import type { UploadInspector } from './upload-inspector';

/**
 * Streams an uploaded file through the inspector (limits, type, antivirus) and the
 * encryptor into the blob store under `storageKey`; gives the SHA-256 of the plain bytes, which
 * the encryptor computes on its way. The first error of any stage stops them all
 * and is thrown; the blob store keeps nothing of a failed write. Used by parcels and the CRM.
 */
export async function storeEncrypted(
  blobs: BlobStore,
  storageKey: string,
  file: IncomingFile,
  inspector: UploadInspector,
  key: Buffer,
): Promise<string> {
  // The client may have gone away while the request was being checked.
  if (file.stream.destroyed) throw file.stream.errored ?? new Error('The upload was interrupted');
  const encryptor = new DocumentEncryptor(key);
  let reason: unknown;
  const fail = (error: unknown) => {
    reason ??= error;
    for (const stream of [file.stream, inspector, encryptor]) stream.destroy();
  };
  file.stream.on('error', fail);
  inspector.on('error', fail);
  encryptor.on('error', fail);
  file.stream.pipe(inspector).pipe(encryptor);
  try {
    await blobs.write(storageKey, encryptor);
  } catch (error) {
    fail(error);
  }
  if (reason) throw reason;
  return encryptor.sha256;
}
