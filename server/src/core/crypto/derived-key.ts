import { hkdfSync } from 'node:crypto';

/**
 * A 256-bit key for one use, derived from the master key (HKDF-SHA-256, labelled by use): one
 * secret to manage, and rotating the master key rotates every derived key with it.
 */
export function deriveKey(masterKey: Buffer, label: string): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), `guichet/${label}`, 32));
}
