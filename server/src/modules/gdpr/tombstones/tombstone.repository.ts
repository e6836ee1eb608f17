import type { ErasureTombstone, NewErasureTombstone, TombstoneMatch } from './erasure-tombstone';

/** Port: the tombstones of erased people (GDPR-2). */
export abstract class TombstoneRepository {
  abstract add(tombstone: NewErasureTombstone): Promise<ErasureTombstone>;

  /** The newest tombstone of the workspace holding any of these hashes, or null. */
  abstract match(
    workspaceId: string,
    emailHashes: string[],
    phoneHashes: string[],
  ): Promise<TombstoneMatch | null>;

  /** Tombstones whose blobs may still be on disk after a crash, oldest first. */
  abstract withPendingBlobs(limit: number): Promise<{ id: string; pendingBlobs: string[] }[]>;

  abstract clearPendingBlobs(id: string): Promise<void>;
}
