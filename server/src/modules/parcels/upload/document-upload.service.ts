import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { type ParcelDocument, ParcelErrorCode, type ParcelSettings } from '@guichet/contracts';
import {
  ScanUnavailableError,
  type ScanSession,
  VirusScanner,
} from '../../../core/antivirus/virus-scanner';
import { DocumentKeys } from '../../../core/crypto/document-keys';
import { Transactions } from '../../../core/database/transactions';
import { AppError } from '../../../core/http/app-error';
import { MetricsService } from '../../../core/metrics/metrics.service';
import { type IncomingFile } from '../../../core/http/multipart-file';
import { BlobStore } from '../../../core/storage/blob-store';
import { isStorageFull } from '../../../core/storage/storage-full';
import { ParcelAccess } from '../parcel-access';
import type { ParcelActor } from '../parcel-actor';
import { wrongState } from '../parcel-errors';
import type { ParcelDocumentRecord } from '../parcel';
import { ParcelRepository } from '../parcel.repository';
import { ParcelSettingsService, typeAllowed } from '../parcel-settings.service';
import { toParcelDocument } from '../parcel-views';
import { sniffContentType } from './content-type-sniffer';
import { sanitizeFileName } from './file-name';
import { storeEncrypted } from './store-encrypted';
import { UploadInspector } from './upload-inspector';

/**
 * One document into a draft (PARCEL-5): its row is written first (`uploading`, with the wrapped
 * data key), then the bytes stream through the inspector (limits, type, SHA-256, antivirus) and
 * the encryptor to the blob store, and only a complete, clean, allowed document becomes `stored`.
 * Whatever fails — a refusal, the client leaving, a crash of the scanner — removes the blob and
 * the row; a crash of the process leaves an `uploading` row in a draft, which the purge removes.
 * A full disk is answered PARCEL_STORAGE_FULL (507), with the same clean-up.
 */
@Injectable()
export class DocumentUpload {
  private readonly logger = new Logger(DocumentUpload.name);

  constructor(
    private readonly access: ParcelAccess,
    private readonly parcels: ParcelRepository,
    private readonly settings: ParcelSettingsService,
    private readonly keys: DocumentKeys,
    private readonly blobs: BlobStore,
    private readonly scanner: VirusScanner,
    private readonly transactions: Transactions,
    private readonly metrics: MetricsService,
  ) {}

  async upload(actor: ParcelActor, parcelId: string, file: IncomingFile): Promise<ParcelDocument> {
    let document: ParcelDocumentRecord | undefined;
    let scan: ScanSession | undefined;
    let inspector: UploadInspector | undefined;
    try {
      const settings = await this.settings.of(actor.workspaceId);
      const { record, key, room } = await this.begin(actor, parcelId, file, settings);
      document = record;
      scan = await this.scanner.start();
      inspector = new UploadInspector({
        maxBytes: Math.min(settings.maxFileBytes, room),
        tooLarge: () =>
          settings.maxFileBytes <= room
            ? new AppError(ParcelErrorCode.FileTooLarge, 'The file is larger than allowed')
            : new AppError(
                ParcelErrorCode.ParcelTooLarge,
                'The parcel would be larger than allowed',
              ),
        decideType: (head, complete) => {
          const type = sniffContentType(head, complete);
          if (!typeAllowed(settings, type)) {
            throw new AppError(ParcelErrorCode.TypeRefused, 'This type of file is not accepted');
          }
          return type;
        },
        scan,
      });
      const sha256 = await storeEncrypted(this.blobs, record.storageKey, file, inspector, key);
      const verdict = await scan.finish();
      if (!verdict.clean) {
        throw new AppError(ParcelErrorCode.Infected, 'The antivirus found a threat');
      }
      const facts = {
        size: inspector.bytes,
        contentType: inspector.contentType ?? 'application/octet-stream',
        sha256,
      };
      await this.release(actor, record, facts.size, settings);
      await this.parcels.markDocumentStored(record.id, facts);
      this.metrics.parcelBytesMoved('in', facts.size);
      return toParcelDocument({ ...record, ...facts, state: 'stored' });
    } catch (error) {
      scan?.abort();
      inspector?.destroy();
      file.discard();
      if (document) await this.discard(document);
      throw this.explain(error);
    }
  }

  /** Checks the draft, writes the `uploading` row and makes the document's data key. */
  private begin(
    actor: ParcelActor,
    parcelId: string,
    file: IncomingFile,
    settings: ParcelSettings,
  ) {
    return this.transactions.run(async () => {
      const draft = await this.access.ownDraft(actor, parcelId);
      const room = settings.maxParcelBytes - (await this.parcels.storedBytes(draft.id));
      if (room <= 0) {
        throw new AppError(ParcelErrorCode.ParcelTooLarge, 'The parcel is full');
      }
      const id = randomUUID();
      const { key, wrapped } = this.keys.create(id);
      const record: ParcelDocumentRecord = {
        id,
        parcelId: draft.id,
        name: sanitizeFileName(file.fileName),
        size: 0,
        contentType: 'application/octet-stream',
        sha256: '',
        storageKey: `${actor.workspaceId}/${id}`,
        keyId: wrapped.keyId,
        wrappedKey: wrapped.wrapped,
        state: 'uploading',
      };
      await this.parcels.insertDocument(record);
      return { record, key, room };
    });
  }

  /** The size is final: the parcel must still be a draft with room for it (parallel uploads). */
  private release(
    actor: ParcelActor,
    record: ParcelDocumentRecord,
    size: number,
    settings: ParcelSettings,
  ) {
    return this.transactions.run(async () => {
      const draft = await this.access.ownLocked(actor, record.parcelId);
      if (draft.state !== 'draft') throw wrongState('The parcel is no longer a draft');
      const others = await this.parcels.storedBytes(draft.id, record.id);
      if (others + size > settings.maxParcelBytes) {
        throw new AppError(
          ParcelErrorCode.ParcelTooLarge,
          'The parcel would be larger than allowed',
        );
      }
    });
  }

  private async discard(document: ParcelDocumentRecord): Promise<void> {
    try {
      await this.parcels.shredDocument(document.id);
      await this.blobs.delete(document.storageKey);
      await this.parcels.deleteDocument(document.id);
    } catch (error) {
      // The purge finishes what is left: a shredded row, or an `uploading` one in a draft.
      this.logger.warn(`Could not clean up document ${document.id}: ${(error as Error).message}`);
    }
  }

  private explain(error: unknown): unknown {
    if (error instanceof ScanUnavailableError) {
      this.logger.warn(`Antivirus unavailable: ${error.message}`);
      return new AppError(
        ParcelErrorCode.ScanUnavailable,
        'The antivirus cannot scan documents now',
      );
    }
    if (isStorageFull(error)) {
      this.logger.error(`Document storage full: ${(error as NodeJS.ErrnoException).code}`);
      return new AppError(ParcelErrorCode.StorageFull, 'The document storage is full');
    }
    return error;
  }
}
