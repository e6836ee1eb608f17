import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { cryptoConfig, type CryptoConfig } from '../config/crypto.config';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts small secrets at rest with AES-256-GCM under the master key. `context` is bound as
 * associated data, so a sealed value copied to another row (another context) does not open.
 * Layout: version (1 byte) | IV (12) | tag (16) | ciphertext.
 */
@Injectable()
export class SecretBox {
  constructor(@Inject(cryptoConfig.KEY) private readonly config: CryptoConfig) {}

  seal(plaintext: string, context: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.config.masterKey, iv);
    cipher.setAAD(Buffer.from(context));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.of(VERSION), iv, cipher.getAuthTag(), ciphertext]);
  }

  /**
   * Throws when the value was altered, sealed under an unknown key or for another context. Values
   * sealed before a master-key rotation still open while their key is in `MASTER_KEYS_RETIRED`.
   */
  open(sealed: Buffer, context: string): string {
    const keys = [this.config.masterKey, ...Object.values(this.config.retiredKeys ?? {})];
    for (const [index, key] of keys.entries()) {
      try {
        return this.openWith(key, sealed, context);
      } catch (error) {
        if (index === keys.length - 1) throw error;
      }
    }
    throw new Error('No master key');
  }

  private openWith(key: Buffer, sealed: Buffer, context: string): string {
    if (sealed[0] !== VERSION) throw new Error('Unknown sealed-value version');
    const iv = sealed.subarray(1, 1 + IV_BYTES);
    const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(tag);
    const ciphertext = sealed.subarray(1 + IV_BYTES + TAG_BYTES);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  }
}
