import type { PersonRef } from '../admin/admin-account-summary';

/**
 * `GET`/`PUT /api/admin/parcel-settings` (admin): the workspace's limits for parcels. Types are
 * MIME types detected from the content; `deniedTypes` wins over `allowedTypes`, and an empty
 * `allowedTypes` allows every type not denied.
 */
export interface ParcelSettings {
  maxFileBytes: number;
  maxParcelBytes: number;
  defaultExpiryDays: number;
  maxExpiryDays: number;
  allowedTypes: string[];
  deniedTypes: string[];
}

/** Body of `PUT /api/admin/accounts/:id/account-manager` (admin; a client's account only). */
export interface AccountManagerRequest {
  /** A staff or admin account of the workspace; null removes the assignment. */
  accountManagerId: string | null;
}

/** `GET /api/admin/parcels/overview` (admin): the firm's parcels at a glance. */
export interface ParcelOverview {
  counts: { draft: number; sent: number; withdrawn: number; expired: number };
  /** Bytes stored, all live documents. */
  storedBytes: number;
  /** Clients without an account manager: their parcels cannot be sent. */
  clientsWithoutManager: PersonRef[];
}
