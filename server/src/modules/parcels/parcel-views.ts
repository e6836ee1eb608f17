import type { ParcelDetail, ParcelDocument, ParcelSummary, PersonRef } from '@guichet/contracts';
import { displayName, type NamedAccount } from '../accounts/account-list-entry';
import { VIEWABLE_TYPES } from './upload/content-type-sniffer';
import {
  type Download,
  type Parcel,
  type ParcelDocumentRecord,
  type ParcelListRow,
  type Recipient,
  visibleState,
} from './parcel';

/** Names by account id, as `Accounts.namesOf` gives them. */
export type Names = Map<string, NamedAccount>;

/** A person by id; an account erased since shows its id only. */
export function personRef(names: Names, id: string): PersonRef {
  const named = names.get(id);
  return { id, name: named ? displayName(named) : '' };
}

export function toParcelDocument(document: ParcelDocumentRecord): ParcelDocument {
  return {
    id: document.id,
    name: document.name,
    size: document.size,
    contentType: document.contentType,
    viewable: VIEWABLE_TYPES.has(document.contentType),
    sha256: document.sha256,
  };
}

/** The parcel page; receipts only for its sender (PARCEL-6). */
export function toParcelDetail(input: {
  parcel: Parcel;
  role: 'sender' | 'recipient';
  recipients: Recipient[];
  documents: ParcelDocumentRecord[];
  downloads: Download[];
  names: Names;
}): ParcelDetail {
  const { parcel, role, recipients, names } = input;
  return {
    id: parcel.id,
    subject: parcel.subject,
    note: parcel.note,
    state: visibleState(parcel),
    sender: personRef(names, parcel.senderId),
    recipients: recipients.map((r) => personRef(names, r.accountId)),
    role,
    createdAt: parcel.createdAt.toISOString(),
    sentAt: parcel.sentAt?.toISOString() ?? null,
    expiresAt: parcel.expiresAt.toISOString(),
    documents: input.documents.filter((d) => d.state === 'stored').map(toParcelDocument),
    receipts:
      role === 'sender'
        ? recipients.map((recipient) => ({
            recipient: personRef(names, recipient.accountId),
            notifiedAt: recipient.notifiedAt?.toISOString() ?? null,
            openedAt: recipient.openedAt?.toISOString() ?? null,
            downloads: Object.fromEntries(
              input.downloads
                .filter((d) => d.accountId === recipient.accountId)
                .map((d) => [d.documentId, d.firstAt.toISOString()]),
            ),
          }))
        : null,
  };
}

export function toParcelSummary(row: ParcelListRow, names: Names): ParcelSummary {
  return {
    id: row.id,
    subject: row.subject,
    state: visibleState(row),
    sender: personRef(names, row.senderId),
    recipients: row.recipientIds.map((id) => personRef(names, id)),
    sentAt: row.sentAt?.toISOString() ?? null,
    expiresAt: row.expiresAt.toISOString(),
    documentCount: row.documentCount,
    totalSize: row.totalSize,
    unread: row.unread,
  };
}
