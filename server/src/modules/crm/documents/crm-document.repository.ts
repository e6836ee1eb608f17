import type { CrmDocument } from '@guichet/contracts';
import type { CrmOwner } from '../crm-owner';

/** A document row with what it takes to read it back. */
export interface StoredCrmDocument extends CrmDocument {
  storageKey: string;
  keyId: string | null;
  wrappedKey: Buffer | null;
}

export interface NewCrmDocument {
  id: string;
  name: string;
  storageKey: string;
  keyId: string;
  wrappedKey: Buffer;
}

/** Port: documents attached to companies, contacts and leads. */
export abstract class CrmDocumentRepository {
  /** Writes the `uploading` row (not listed until stored). */
  abstract insert(owner: CrmOwner, document: NewCrmDocument): Promise<void>;
  abstract markStored(
    id: string,
    facts: { size: number; contentType: string; sha256: string },
  ): Promise<void>;
  /** A stored document of the owner. */
  abstract find(owner: CrmOwner, id: string): Promise<StoredCrmDocument | null>;
  /** Destroys the wrapped key (the blob becomes unreadable for good), then the row. */
  abstract delete(id: string): Promise<void>;
  /** The blob keys of every document of the owner, to remove with it. */
  abstract storageKeysOf(owner: CrmOwner): Promise<string[]>;
}
