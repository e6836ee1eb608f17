/** A document key still wrapped by another master key than the current one. */
export interface StaleWrappedKey {
  documentId: string;
  keyId: string;
  wrapped: Buffer;
}

/** Port: the wrapped document keys a master-key rotation reads and rewrites, in batches. */
export abstract class KeyRotationRepository {
  /** Keys not under `currentKeyId`, by document id after `afterId`, at most `limit`. */
  abstract staleKeys(
    currentKeyId: string,
    afterId: string,
    limit: number,
  ): Promise<StaleWrappedKey[]>;

  /**
   * Replaces one wrapped key, only if it is still the one read (a purge or another rotation may
   * have changed it since); whether it was replaced.
   */
  abstract replace(old: StaleWrappedKey, keyId: string, wrapped: Buffer): Promise<boolean>;

  /** How many document keys each master key wraps. */
  abstract countByKeyId(): Promise<Record<string, number>>;
}
