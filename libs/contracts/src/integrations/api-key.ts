import type { PersonRef } from '../admin/admin-account-summary';

/** Every key starts with this, so that secret scanners and people recognise a leaked one. */
export const API_KEY_PREFIX = 'gch_';

/**
 * What an integration key may do (PWD-6). A closed list: a machine route names the scopes it
 * needs and a key without one of them gets 403.
 */
export type ApiKeyScope = 'gdpr:read' | 'gdpr:write' | 'crm:read' | 'crm:write';

export const API_KEY_SCOPES: readonly ApiKeyScope[] = [
  'gdpr:read',
  'gdpr:write',
  'crm:read',
  'crm:write',
];

/** Lifetime of a new key when the request names no expiry (PWD-6: every new key expires). */
export const API_KEY_DEFAULT_LIFETIME_DAYS = 90;

/** The furthest expiry a new key may have: one year, a leap one included. */
export const API_KEY_MAX_LIFETIME_DAYS = 366;

/** `revoked` wins over `expired`. */
export type ApiKeyState = 'active' | 'expired' | 'revoked';

/** One key as the admin list shows it; the secret is never shown again. */
export interface ApiKeySummary {
  id: string;
  name: string;
  /** The first characters of the key (`gch_Ab3dE5fG`), to recognise it. */
  prefix: string;
  scopes: ApiKeyScope[];
  state: ApiKeyState;
  /** ISO 8601 dates. */
  createdAt: string;
  createdBy: PersonRef | null;
  /**
   * Null only for keys made before an expiry became mandatory: they keep working until revoked,
   * and the admin list flags them "sans expiration" so that they get replaced.
   */
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/**
 * Body of `POST /api/admin/api-keys` (admin). name 1–100 characters; scopes: at least one,
 * no repeats; expiresAt in the future and at most {@link API_KEY_MAX_LIFETIME_DAYS} days ahead,
 * {@link API_KEY_DEFAULT_LIFETIME_DAYS} days when left out; null (no expiry) answers 422. 409
 * `INTEGRATION_TOO_MANY_KEYS` beyond 20 active keys.
 */
export interface NewApiKeyRequest {
  name: string;
  scopes: ApiKeyScope[];
  expiresAt?: string;
}

/** Answer of `POST /api/admin/api-keys` (201): the secret, shown once. */
export interface CreatedApiKey {
  key: ApiKeySummary;
  /** `gch_…`: to put in the integration's `Authorization: Bearer …` header. */
  secret: string;
}

/**
 * `GET /api/integration/whoami` with `Authorization: Bearer gch_…`: what the key is. Unknown,
 * revoked or expired keys: 401 `INTEGRATION_KEY_INVALID`; a machine route needing a scope the
 * key lacks: 403 `INTEGRATION_SCOPE_MISSING`.
 */
export interface IntegrationIdentity {
  workspace: { slug: string; name: string };
  key: {
    id: string;
    name: string;
    prefix: string;
    scopes: ApiKeyScope[];
    expiresAt: string | null;
  };
}
