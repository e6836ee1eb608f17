import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CrmErrorCode, type CrmDocument, ParcelErrorCode } from '@guichet/contracts';
import {
  ScanUnavailableError,
  type ScanSession,
  VirusScanner,
} from '../../../core/antivirus/virus-scanner';
import { crmConfig, type CrmConfig } from '../../../core/config/crm.config';
import { DocumentDecryptor } from '../../../core/crypto/document-cipher';
import { DocumentKeys } from '../../../core/crypto/document-keys';
import { AppError } from '../../../core/http/app-error';
import type { IncomingFile } from '../../../core/http/multipart-file';
import { BlobStore } from '../../../core/storage/blob-store';
import { sniffContentType } from '../../parcels/upload/content-type-sniffer';
import { sanitizeFileName } from '../../parcels/upload/file-name';
import { storeEncrypted } from '../../parcels/upload/store-encrypted';
import { UploadInspector } from '../../parcels/upload/upload-inspector';
import { crmNotFound } from '../crm-actor';
import type { CrmOwner } from '../crm-owner';
import { CrmRecordRepository } from '../records/crm-record.repository';
import { CrmDocumentRepository, type StoredCrmDocument } from './crm-document.repository';

/** A document to send back: its facts and its decrypted bytes as they stream. */
export interface CrmDocumentContent {
  document: StoredCrmDocument;
  content: Readable;
}

/**
 * Files attached to companies, contacts and leads, encrypted like parcel documents (a data key
 * per document wrapped by the master key), so that erasure destroys them by destroying the key.
 * Streamed both ways; scanned by the antivirus when one is configured.
 */
@Injectable()
export class CrmDocuments {
  private readonly logger = new Logger(CrmDocuments.name);

  constructor(
    @Inject(crmConfig.KEY) private readonly config: CrmConfig,
    private readonly records: CrmRecordRepository,
    private readonly documents: CrmDocumentRepository,
    private readonly keys: DocumentKeys,
    private readonly blobs: BlobStore,
    private readonly scanner: VirusScanner,
  ) {}

  async upload(owner: CrmOwner, file: IncomingFile): Promise<CrmDocument> {
    const id = randomUUID();
    // Same shape as parcel documents' keys: ids are unique across both tables.
    const storageKey = `${owner.workspaceId}/${id}`;
    let stored = false;
    let scan: ScanSession | undefined;
    let inspector: UploadInspector | undefined;
    try {
      if (!(await this.records.exists(owner))) throw crmNotFound();
      const { key, wrapped } = this.keys.create(id);
      const name = sanitizeFileName(file.fileName);
      await this.documents.insert(owner, {
        id,
        name,
        storageKey,
        ...wrapped,
        wrappedKey: wrapped.wrapped,
      });
      stored = true;
      scan = await this.scanner.start();
      inspector = new UploadInspector({
        maxBytes: this.config.documentMaxBytes,
        tooLarge: () => new AppError(CrmErrorCode.FileTooLarge, 'The file is larger than allowed'),
        decideType: sniffContentType,
        scan,
      });
      const sha256 = await storeEncrypted(this.blobs, storageKey, file, inspector, key);
      const verdict = await scan.finish();
      if (!verdict.clean)
        throw new AppError(ParcelErrorCode.Infected, 'The antivirus found a threat');
      const facts = {
        size: inspector.bytes,
        contentType: inspector.contentType ?? 'application/octet-stream',
        sha256,
      };
      await this.documents.markStored(id, facts);
      return { id, name, ...facts, createdAt: new Date().toISOString() };
    } catch (error) {
      scan?.abort();
      file.discard();
      if (stored) await this.discard(id, storageKey);
      throw this.explain(error);
    }
  }

  async read(owner: CrmOwner, id: string): Promise<CrmDocumentContent> {
    const document = await this.documents.find(owner, id);
    if (!document?.wrappedKey || !document.keyId) throw crmNotFound();
    const key = this.keys.unwrap(id, { keyId: document.keyId, wrapped: document.wrappedKey });
    const source = await this.blobs.read(document.storageKey);
    const decryptor = new DocumentDecryptor(key);
    source.on('error', (error) => decryptor.destroy(error));
    return { document, content: source.pipe(decryptor) };
  }

  async remove(owner: CrmOwner, id: string): Promise<void> {
    const document = await this.documents.find(owner, id);
    if (!document) throw crmNotFound();
    await this.discard(id, document.storageKey);
  }

  /** Key first (crypto-shredding), then the blob, then the row. */
  private async discard(id: string, storageKey: string): Promise<void> {
    try {
      await this.documents.delete(id);
      await this.blobs.delete(storageKey);
    } catch (error) {
      this.logger.warn(`Could not remove CRM document ${id}: ${(error as Error).message}`);
    }
  }

  private explain(error: unknown): unknown {
    if (error instanceof ScanUnavailableError) {
      return new AppError(
        ParcelErrorCode.ScanUnavailable,
        'The antivirus cannot scan documents now',
      );
    }
    return error;
  }
}
