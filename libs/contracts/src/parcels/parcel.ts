import type { PersonRef } from '../admin/admin-account-summary';

/**
 * The life of a parcel (PARCEL-1, PARCEL-7). A `draft` is seen by its sender only, while its
 * documents are uploaded; `send` makes it `sent` (visible to its recipients, who are notified).
 * `withdrawn` and `expired` parcels vanish from lists and links at once; the purge job then
 * destroys them. A draft left unsent is purged too (an interrupted upload leaves nothing).
 */
export type ParcelState = 'draft' | 'sent' | 'withdrawn' | 'expired';

/** Body of `POST /api/parcels`: a draft. A client names no recipient (their account manager). */
export interface NewParcelRequest {
  subject: string;
  note?: string;
  /** Staff only: one or more clients of the workspace. Refused from a client. */
  recipientIds?: string[];
  /** ISO 8601; default: the workspace's default expiry (30 days), at most its maximum. */
  expiresAt?: string;
}

/** Body of `PATCH /api/parcels/:id` (sender only): an earlier expiry, never a later one. */
export interface ParcelExpiryRequest {
  expiresAt: string;
}

/** One document of a parcel. */
export interface ParcelDocument {
  id: string;
  /** Sanitised file name (no path, no control characters, ≤ 200 characters). */
  name: string;
  /** Bytes. */
  size: number;
  /** Detected from the content, not from the name (`application/pdf`, `application/zip`…). */
  contentType: string;
  /** PDF, images and plain text may be viewed in the browser; everything else downloads. */
  viewable: boolean;
  /** Hex SHA-256 of the plain content. */
  sha256: string;
}

/** What one recipient did with a parcel (PARCEL-6); the sender sees it. */
export interface ParcelReceipt {
  recipient: PersonRef;
  /** ISO 8601 or null. */
  notifiedAt: string | null;
  openedAt: string | null;
  /** Document id → when this recipient first downloaded or viewed it. */
  downloads: Record<string, string>;
}

/** `GET /api/parcels/:id`: the parcel page. Opening it as a recipient records `openedAt`. */
export interface ParcelDetail {
  id: string;
  subject: string;
  note: string;
  state: ParcelState;
  sender: PersonRef;
  recipients: PersonRef[];
  /** Whether the caller is the sender or a recipient of this parcel. */
  role: 'sender' | 'recipient';
  /** ISO 8601. */
  createdAt: string;
  sentAt: string | null;
  expiresAt: string;
  documents: ParcelDocument[];
  /** Sender only: one receipt per recipient; null for a recipient. */
  receipts: ParcelReceipt[] | null;
}

/** One line of the lists ("Dossiers sécurisés", "Bordereaux d'expédition"). */
export interface ParcelSummary {
  id: string;
  subject: string;
  state: ParcelState;
  sender: PersonRef;
  recipients: PersonRef[];
  sentAt: string | null;
  expiresAt: string;
  documentCount: number;
  /** Bytes, all documents. */
  totalSize: number;
  /** Received list: not opened yet by the caller. Sent list: no recipient opened it yet. */
  unread: boolean;
}

/** Query of `GET /api/parcels/received` and `GET /api/parcels/sent`. */
export interface ParcelListQuery {
  /** Words matched in the subject and the other party's name, ignoring case and accents. */
  search?: string;
  cursor?: string;
}

/** A page of parcels, newest first (keyset pagination, 25 per page). */
export interface ParcelPage {
  items: ParcelSummary[];
  nextCursor: string | null;
}

/**
 * `GET /api/parcels/options`: what the send page needs before anything is uploaded. Limits are in
 * bytes; `accountManager` is the recipient of a client's parcels (null: none assigned, sending
 * is refused with `PARCEL_NO_ACCOUNT_MANAGER`).
 */
export interface ParcelOptions {
  maxFileBytes: number;
  maxParcelBytes: number;
  defaultExpiryDays: number;
  maxExpiryDays: number;
  accountManager: PersonRef | null;
}

/** `GET /api/parcels/recipients?search=` (staff): clients a parcel may go to, 20 at most. */
export interface ParcelRecipientOption extends PersonRef {
  accessCode: string;
  /** No e-mail address on file: the client will not be told by mail, only see it when signed in. */
  withoutEmail: boolean;
}
