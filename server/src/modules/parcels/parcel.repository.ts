import type {
  Download,
  DueReminder,
  NewParcel,
  Parcel,
  ParcelCounts,
  ParcelDocumentRecord,
  ParcelListRow,
  ParcelListSearch,
  Recipient,
} from './parcel';

/** Port: parcels, their documents, recipients and receipts. Lookups are within one workspace. */
export abstract class ParcelRepository {
  abstract insert(parcel: NewParcel): Promise<string>;

  abstract find(workspaceId: string, id: string): Promise<Parcel | null>;

  /** The parcel, its row locked until the transaction ends (uploads and send serialise on it). */
  abstract lock(workspaceId: string, id: string): Promise<Parcel | null>;

  abstract recipients(parcelId: string): Promise<Recipient[]>;

  abstract replaceRecipients(parcelId: string, accountIds: string[]): Promise<void>;

  abstract markSent(parcelId: string): Promise<void>;

  abstract markWithdrawn(parcelId: string): Promise<void>;

  abstract setExpiry(parcelId: string, expiresAt: Date): Promise<void>;

  abstract markNotified(parcelId: string, accountIds: string[]): Promise<void>;

  /** Records the first opening by a recipient; false when it was opened before. */
  abstract markOpened(parcelId: string, accountId: string): Promise<boolean>;

  abstract documents(parcelId: string): Promise<ParcelDocumentRecord[]>;

  abstract document(parcelId: string, documentId: string): Promise<ParcelDocumentRecord | null>;

  /** A document row in state `uploading`, before its bytes are stored. */
  abstract insertDocument(document: ParcelDocumentRecord): Promise<void>;

  abstract markDocumentStored(
    documentId: string,
    facts: { size: number; contentType: string; sha256: string },
  ): Promise<void>;

  /** Plain bytes of the parcel's documents, stored or being stored (other than `exceptId`). */
  abstract storedBytes(parcelId: string, exceptId?: string): Promise<number>;

  /** Forgets the document's data key: its blob can no longer be read (crypto-shredding). */
  abstract shredDocument(documentId: string): Promise<void>;

  abstract deleteDocument(documentId: string): Promise<void>;

  abstract recordDownload(parcelId: string, documentId: string, accountId: string): Promise<void>;

  abstract downloads(parcelId: string): Promise<Download[]>;

  /** A page of the received or sent list; null when `after` is not a parcel of the list's owner. */
  abstract list(
    search: ParcelListSearch,
  ): Promise<{ rows: ParcelListRow[]; next: string | null } | null>;

  abstract counts(workspaceId: string): Promise<ParcelCounts>;

  /** Recipients of live sent parcels expiring before `before`, not reminded yet, sent earlier than 3 days before expiry. */
  abstract dueReminders(before: Date, limit: number): Promise<DueReminder[]>;

  /** Marks the reminder queued; false when another run did it first. */
  abstract markReminded(parcelId: string, accountId: string): Promise<boolean>;
}
