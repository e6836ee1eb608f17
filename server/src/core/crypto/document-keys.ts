import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { cryptoConfig, type CryptoConfig } from '../config/crypto.config';
import { deriveKey } from './derived-key';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A data key as stored: sealed under the master key named `keyId` (kept for rotation). */
export interface WrappedKey {
  keyId: string;
  /** IV (12) | tag (16) | sealed key (32). */
  wrapped: Buffer;
}

/**
 * Per-document data keys (envelope encryption): each document gets 32 random bytes, stored only
 * wrapped (AES-256-GCM under a key derived from the master key, bound to the document's id).
 * Destroying the wrapped key makes the stored bytes unreadable for good (crypto-shredding).
 */
@Injectable()
export class DocumentKeys {
  private readonly current: { id: string; key: Buffer };
  private readonly byId = new Map<string, Buffer>();

  constructor(@Inject(cryptoConfig.KEY) config: CryptoConfig) {
    this.current = { id: config.keyId, key: deriveKey(config.masterKey, 'document-keys') };
    for (const [id, key] of Object.entries(config.retiredKeys ?? {})) {
      this.byId.set(id, deriveKey(key, 'document-keys'));
    }
    this.byId.set(this.current.id, this.current.key);
  }

  /** A fresh data key for `documentId`, and what to store of it. */
  create(documentId: string): { key: Buffer; wrapped: WrappedKey } {
    const key = randomBytes(32);
    return { key, wrapped: this.seal(documentId, key) };
  }

  private seal(documentId: string, key: Buffer): WrappedKey {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    cipher.setAAD(Buffer.from(`document:${documentId}`));
    const sealed = Buffer.concat([cipher.update(key), cipher.final()]);
    return { keyId: this.current.id, wrapped: Buffer.concat([iv, cipher.getAuthTag(), sealed]) };
  }

  /** The id of the master key new and re-wrapped keys are sealed under. */
  get currentKeyId(): string {
    return this.current.id;
  }

  /** Whether a key wrapped under `keyId` can be opened with the configured master keys. */
  canUnwrap(keyId: string): boolean {
    return this.byId.has(keyId);
  }

  /** The same data key, wrapped again under the current master key (master-key rotation). */
  rewrap(documentId: string, wrapped: WrappedKey): WrappedKey {
    const key = this.unwrap(documentId, wrapped);
    try {
      return this.seal(documentId, key);
    } finally {
      key.fill(0);
    }
  }

  /** The data key of `documentId`; throws for an unknown master key or a key of another document. */
  unwrap(documentId: string, { keyId, wrapped }: WrappedKey): Buffer {
    const master = this.byId.get(keyId);
    if (!master) throw new Error(`Unknown master key id "${keyId}": set MASTER_KEYS_RETIRED`);
    const decipher = createDecipheriv('aes-256-gcm', master, wrapped.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(`document:${documentId}`));
    decipher.setAuthTag(wrapped.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([
      decipher.update(wrapped.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]);
  }
}
