/** Who can be erased (GDPR-2): a client account, or a CRM company, contact or lead. */
export type ErasureSubjectKind = 'client' | 'company' | 'contact' | 'lead';

export const ERASURE_SUBJECT_KINDS: readonly ErasureSubjectKind[] = [
  'client',
  'company',
  'contact',
  'lead',
];

/**
 * What an erasure would take (`GET …/erasure`), before anything changes: rows per table of the
 * registry (`account`, `session`, `parcel_document`…), and what the admin must type to confirm.
 */
export interface ErasurePreview {
  kind: ErasureSubjectKind;
  id: string;
  /** The person or company as the admin knows it ("Jeanne Dupont", "ACME"). */
  label: string;
  /** The exact text to type in the confirmation field: the access code, or the name. */
  confirmation: string;
  /** Rows affected per table: deleted, or kept with their personal columns erased. */
  counts: Record<string, number>;
  /** Documents whose key is destroyed and whose file is deleted. */
  documents: number;
}

/** Body of `POST …/erasure`: the confirmation typed by the admin, compared exactly (trimmed). */
export interface ErasureRequest {
  confirmation: string;
}

/** The answer of an erasure: its tombstone and what went, nothing personal. */
export interface ErasureResult {
  tombstoneId: string;
  erasedAt: string;
  counts: Record<string, number>;
  documents: number;
}

/**
 * Body of `POST /api/integration/erasures` (ERP, scope `gdpr:write`): the ERP erased its third
 * party; Guichet erases the linked CRM records.
 */
export interface ErpErasureRequest {
  externalReference: string;
}

/** What an ERP-initiated erasure did: one result per erased record (empty: nothing linked). */
export interface ErpErasureResult {
  erased: { kind: ErasureSubjectKind; tombstoneId: string }[];
}
