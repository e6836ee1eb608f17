import { createHash, randomBytes } from 'node:crypto';
import { API_KEY_PREFIX, type ApiKeyScope, type ApiKeyState } from '@guichet/contracts';

/** An integration key as stored: never its secret. */
export interface ApiKey {
  id: string;
  workspaceId: string;
  name: string;
  prefix: string;
  scopes: ApiKeyScope[];
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  createdBy: string | null;
}

/** The characters of a key shown to recognise it: `gch_` and 8 more. */
const SHOWN = API_KEY_PREFIX.length + 8;

/** A key: the prefix and 256 random bits in base64url (43 characters). */
export const API_KEY_FORMAT = /^gch_[A-Za-z0-9_-]{43}$/;

/** A new random key, and what is stored of it. */
export function newApiKeySecret(): { secret: string; prefix: string; secretHash: Buffer } {
  const secret = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, prefix: secret.slice(0, SHOWN), secretHash: apiKeyHash(secret) };
}

/**
 * SHA-256 of a key. A fast hash is right here: the key is 256 random bits, which no guessing
 * reaches, unlike a password.
 */
export function apiKeyHash(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

/** Revoked wins over expired. */
export function stateOf(key: ApiKey, now: Date): ApiKeyState {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && key.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}
