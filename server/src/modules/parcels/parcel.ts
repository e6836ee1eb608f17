import type { ParcelState } from '@guichet/contracts';
import type { StoredParcelState } from './entities/parcel.entity';

/** A parcel as the services see it. */
export interface Parcel {
  id: string;
  workspaceId: string;
  senderId: string;
  subject: string;
  note: string;
  state: StoredParcelState;
  createdAt: Date;
  sentAt: Date | null;
  expiresAt: Date;
}

export interface NewParcel {
  workspaceId: string;
  senderId: string;
  subject: string;
  note: string;
  expiresAt: Date;
  recipientIds: string[];
  /** `message`: a secure message (PARCEL-8); default `parcel`. */
  kind?: 'parcel' | 'message';
}

/** A document with what reading it back needs. `wrappedKey` null: shredded. */
export interface ParcelDocumentRecord {
  id: string;
  parcelId: string;
  name: string;
  size: number;
  contentType: string;
  sha256: string;
  storageKey: string;
  keyId: string | null;
  wrappedKey: Buffer | null;
  state: 'uploading' | 'stored';
}

export interface Recipient {
  accountId: string;
  notifiedAt: Date | null;
  openedAt: Date | null;
}

export interface Download {
  documentId: string;
  accountId: string;
  firstAt: Date;
}

/** The state a caller sees: a sent parcel (or a draft) past its expiry is `expired`. */
export function visibleState(
  parcel: Pick<Parcel, 'state' | 'expiresAt'>,
  now = new Date(),
): ParcelState {
  if (parcel.state !== 'withdrawn' && parcel.expiresAt.getTime() <= now.getTime()) return 'expired';
  return parcel.state;
}

/** One line of a list, before names are added. */
export interface ParcelListRow {
  id: string;
  subject: string;
  state: StoredParcelState;
  senderId: string;
  recipientIds: string[];
  sentAt: Date | null;
  expiresAt: Date;
  documentCount: number;
  totalSize: number;
  unread: boolean;
}

export interface ParcelListSearch {
  workspaceId: string;
  accountId: string;
  box: 'received' | 'sent';
  words: string[];
  /** Id of the last parcel of the previous page. */
  after?: string;
  limit: number;
}

export interface ParcelCounts {
  draft: number;
  sent: number;
  withdrawn: number;
  expired: number;
  storedBytes: number;
}

/** A recipient to remind that a parcel expires soon. */
export interface DueReminder {
  parcelId: string;
  workspaceId: string;
  accountId: string;
  expiresAt: Date;
}
