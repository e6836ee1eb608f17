import type { PurgePlan, PurgeReason } from './purge-plan';

/** A parcel the purge takes, with its workspace for the tombstone. */
export interface DoomedParcel {
  id: string;
  workspaceId: string;
  reason: PurgeReason;
}

/** A document whose blob is to be deleted. */
export interface DoomedBlob {
  documentId: string;
  storageKey: string;
  size: number;
}

/** Port: what the purge reads and destroys, in batches. */
export abstract class PurgeRepository {
  /** What a run would take now (dry run). */
  abstract census(
    plan: PurgePlan,
  ): Promise<{ parcels: Record<PurgeReason, number>; documents: number; bytes: number }>;

  /**
   * The next parcels to destroy in id order, after `after` (the last id of the batch before) when
   * given; the same ones again after a crash.
   */
  abstract nextBatch(plan: PurgePlan, limit: number, after?: string): Promise<DoomedParcel[]>;

  /** Destroys the wrapped data keys of these parcels' documents; how many there were. */
  abstract shredKeys(parcelIds: string[]): Promise<number>;

  /** The documents (shredded by now) of these parcels. */
  abstract blobsOf(parcelIds: string[]): Promise<DoomedBlob[]>;

  /** Deletes the parcels (their documents, recipients and receipts go with them). */
  abstract deleteParcels(parcelIds: string[]): Promise<number>;

  /** Documents shredded outside a purge (removed from a draft, then a crash): blob and row left. */
  abstract shreddedLeftovers(limit: number): Promise<DoomedBlob[]>;

  abstract deleteDocuments(documentIds: string[]): Promise<void>;
}
