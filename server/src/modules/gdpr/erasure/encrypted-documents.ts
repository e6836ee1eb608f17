import type { RegisteredEntity } from '../../../core/privacy/personal-data-registry';
import type { PlannedRow } from './erasure-plan';

/**
 * Documents kept encrypted in the blob store share one shape (parcels, CRM documents): a
 * server-made `storage_key` and a data key `wrapped_key` (with its `key_id`) that only the master
 * key opens. Destroying the wrapped key makes the blob unreadable at once (crypto-shredding).
 */
export const DOCUMENT_COLUMNS = {
  storageKey: 'storage_key',
  wrappedKey: 'wrapped_key',
  keyId: 'key_id',
} as const;

export function holdsDocuments(entity: RegisteredEntity): boolean {
  const names = new Set(entity.columns.map((c) => c.column));
  return Object.values(DOCUMENT_COLUMNS).every((column) => names.has(column));
}

/** The stored document of a row, as export and erasure need it. */
export interface StoredDocument {
  id: string;
  storageKey: string;
  keyId: string | null;
  wrappedKey: Buffer | null;
}

export function documentOf(planned: PlannedRow): StoredDocument {
  return {
    id: String(planned.row.id),
    storageKey: String(planned.row[DOCUMENT_COLUMNS.storageKey]),
    keyId: (planned.row[DOCUMENT_COLUMNS.keyId] as string | null) ?? null,
    wrappedKey: (planned.row[DOCUMENT_COLUMNS.wrappedKey] as Buffer | null) ?? null,
  };
}
