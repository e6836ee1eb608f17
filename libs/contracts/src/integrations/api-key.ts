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
  /** ISO 8601 dates; `expiresAt` null = no expiry. */
  createdAt: string;
  createdBy: PersonRef | null;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/**
 * Body of `POST /api/admin/api-keys` (admin). name 1–100 characters; scopes: at least one,
 * no repeats; expiresAt in the future and at most 2 years ahead, or null for none. 409
 * `INTEGRATION_TOO_MANY_KEYS` beyond 20 active keys.
 */
export interface NewApiKeyRequest {
  name: string;
  scopes: ApiKeyScope[];
  expiresAt: string | null;
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
