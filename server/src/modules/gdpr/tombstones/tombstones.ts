import { Injectable } from '@nestjs/common';
import type { TombstoneMatch } from './erasure-tombstone';
import { ContactFingerprints } from './contact-fingerprints';
import { TombstoneRepository } from './tombstone.repository';

/**
 * Asks whether someone about to be created (import, CRM) was erased before in this workspace
 * (GDPR-2): the firm must not silently re-create a person who asked to be forgotten.
 */
@Injectable()
export class Tombstones {
  constructor(
    private readonly repository: TombstoneRepository,
    private readonly fingerprints: ContactFingerprints,
  ) {}

  /** The newest erasure whose e-mail or phone matches, or null. */
  erasedBefore(
    workspaceId: string,
    contact: { email?: string | null; phone?: string | null },
  ): Promise<TombstoneMatch | null> {
    const emails = contact.email ? [this.fingerprints.email(workspaceId, contact.email)] : [];
    const phones = contact.phone ? [this.fingerprints.phone(workspaceId, contact.phone)] : [];
    return this.repository.match(workspaceId, emails, phones);
  }
}
