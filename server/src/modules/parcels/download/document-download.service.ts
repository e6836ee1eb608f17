import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { AuditEventKind } from '@guichet/contracts';
import {
  DocumentDecryptor,
  recordOffset,
  sealedSize,
  SEALED_RECORD_BYTES,
  windowOf,
  RECORD_BYTES,
} from '../../../core/crypto/document-cipher';
import { DocumentKeys } from '../../../core/crypto/document-keys';
import { BlobStore, type ByteRange } from '../../../core/storage/blob-store';
import { AuditLog } from '../../audit/audit-log';
import { ParcelAccess } from '../parcel-access';
import type { ParcelActor } from '../parcel-actor';
import { parcelNotFound } from '../parcel-errors';
import type { ParcelDocumentRecord } from '../parcel';
import { ParcelRepository } from '../parcel.repository';
import { VIEWABLE_TYPES } from '../upload/content-type-sniffer';

/** A document ready to stream: what the headers need, and its plain bytes on demand. */
export interface DocumentContent {
  name: string;
  contentType: string;
  size: number;
  viewable: boolean;
  /** Decrypts the document, or the inclusive plain `range` of it, as it streams. */
  read(range?: ByteRange): Promise<Readable>;
}

/** Every document of a parcel, for one zip. */
export interface ParcelArchive {
  name: string;
  documents: DocumentContent[];
}

/**
 * Reading documents back (PARCEL-4, PARCEL-6): only the sender and the recipients of a live
 * parcel; bytes are decrypted record by record as they stream, and a record that does not
 * authenticate stops the stream. A recipient's reads are recorded (receipt and audit trail).
 */
@Injectable()
export class DocumentDownload {
  constructor(
    private readonly access: ParcelAccess,
    private readonly parcels: ParcelRepository,
    private readonly keys: DocumentKeys,
    private readonly blobs: BlobStore,
    private readonly audit: AuditLog,
  ) {}

  /** One document; `continuation` (a later Range of the same read) is not recorded again. */
  async open(
    actor: ParcelActor,
    parcelId: string,
    documentId: string,
    continuation = false,
  ): Promise<DocumentContent> {
    const { parcel, role } = await this.access.readable(actor, parcelId);
    const document = await this.parcels.document(parcel.id, documentId);
    if (!document || document.state !== 'stored' || !document.wrappedKey) throw parcelNotFound();
    if (!continuation) await this.recordRead(actor, role, [document]);
    return this.contentOf(document);
  }

  /** Every stored document of the parcel, each recorded as read. */
  async archive(actor: ParcelActor, parcelId: string): Promise<ParcelArchive> {
    const { parcel, role } = await this.access.readable(actor, parcelId);
    const documents = (await this.parcels.documents(parcel.id)).filter(
      (d) => d.state === 'stored' && d.wrappedKey,
    );
    await this.recordRead(actor, role, documents);
    return { name: parcel.subject, documents: documents.map((d) => this.contentOf(d)) };
  }

  /** How to stream a stored document (also for secure messages' attachments). */
  contentOf(document: ParcelDocumentRecord): DocumentContent {
    return {
      name: document.name,
      contentType: document.contentType,
      size: document.size,
      viewable: VIEWABLE_TYPES.has(document.contentType),
      read: (range) => this.decrypting(document, range),
    };
  }

  private async decrypting(document: ParcelDocumentRecord, range?: ByteRange): Promise<Readable> {
    const key = this.keys.unwrap(document.id, {
      keyId: document.keyId!,
      wrapped: document.wrappedKey!,
    });
    if (!range) {
      const source = await this.blobs.read(document.storageKey);
      const decryptor = new DocumentDecryptor(key);
      source.on('error', (error) => decryptor.destroy(error));
      return source.pipe(decryptor);
    }
    const window = windowOf(document.size, range.start, range.end);
    const lastRecord = Math.floor(range.end / RECORD_BYTES);
    const stored = {
      start: recordOffset(window.firstRecord),
      end: Math.min(sealedSize(document.size), recordOffset(lastRecord) + SEALED_RECORD_BYTES) - 1,
    };
    const source = await this.blobs.read(document.storageKey, stored);
    const decryptor = new DocumentDecryptor(key, window);
    source.on('error', (error) => decryptor.destroy(error));
    return source.pipe(decryptor);
  }

  private async recordRead(
    actor: ParcelActor,
    role: 'sender' | 'recipient',
    documents: ParcelDocumentRecord[],
  ): Promise<void> {
    for (const document of documents) {
      if (role === 'recipient') {
        await this.parcels.markOpened(document.parcelId, actor.accountId);
        await this.parcels.recordDownload(document.parcelId, document.id, actor.accountId);
      }
      await this.audit.record({
        kind: AuditEventKind.ParcelDocumentRead,
        outcome: 'success',
        workspaceId: actor.workspaceId,
        actorId: actor.accountId,
        targetIds: { parcelId: document.parcelId, documentId: document.id },
        ip: actor.ip,
      });
    }
  }
}
