import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { cryptoConfig, type CryptoSettings } from '../../../core/config/crypto.config';
import { deriveKey } from '../../../core/crypto/derived-key';

/**
 * Keyed hashes of e-mail addresses and phone numbers for tombstones (GDPR-2): HMAC-SHA-256
 * under a key derived from the master key, bound to the workspace, so that the tombstone can
 * recognise the person coming back without holding, or letting anyone recover, who they were.
 */
@Injectable()
export class ContactFingerprints {
  private readonly key: Buffer;

  constructor(@Inject(cryptoConfig.KEY) crypto: CryptoSettings) {
    this.key = deriveKey(crypto.masterKey, 'erasure-tombstones');
  }

  email(workspaceId: string, email: string): string {
    return this.hash(workspaceId, 'email', email.trim().toLowerCase());
  }

  /** Spaces, dots, dashes and brackets do not make another number. */
  phone(workspaceId: string, phone: string): string {
    return this.hash(workspaceId, 'phone', phone.replace(/[\s.\-()]/g, ''));
  }

  private hash(workspaceId: string, kind: string, value: string): string {
    return createHmac('sha256', this.key).update(`${workspaceId}\n${kind}\n${value}`).digest('hex');
  }
}
