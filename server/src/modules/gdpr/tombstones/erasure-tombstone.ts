import type { ErasureSubjectKind } from '@guichet/contracts';

/** Who asked: an admin, the ERP (integration API) or the retention job (GDPR-5). */
export type ErasureOrigin = 'admin' | 'erp' | 'retention';

/** What an erasure leaves (see the entity): no personal data, hashes of e-mail and phone. */
export interface NewErasureTombstone {
  workspaceId: string;
  subjectKind: ErasureSubjectKind;
  origin: ErasureOrigin;
  erasedBy: string | null;
  counts: Record<string, number>;
  emailHashes: string[];
  phoneHashes: string[];
  pendingBlobs: string[];
}

export interface ErasureTombstone extends NewErasureTombstone {
  id: string;
  erasedAt: Date;
}

/** An earlier erasure an e-mail or phone matches. */
export interface TombstoneMatch {
  tombstoneId: string;
  subjectKind: ErasureSubjectKind;
  erasedAt: Date;
}
