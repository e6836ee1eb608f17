import type {
  ParcelDetail,
  ParcelDocument,
  ParcelOptions,
  ParcelSummary,
} from '@guichet/contracts';

const MB = 1024 * 1024;

export const MANAGER = { id: 'c0ffee00-0000-4000-8000-00000000000f', name: 'Camille Gestionnaire' };
export const CLIENT = { id: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Sophie Bataillon' };

/** What the send page asks first, for a client whose account manager is Camille. */
export function parcelOptions(changes: Partial<ParcelOptions> = {}): ParcelOptions {
  return {
    maxFileBytes: 10 * MB,
    maxParcelBytes: 20 * MB,
    defaultExpiryDays: 30,
    maxExpiryDays: 90,
    accountManager: MANAGER,
    ...changes,
  };
}

export function parcelDocument(changes: Partial<ParcelDocument> = {}): ParcelDocument {
  return {
    id: 'd0c00000-0000-4000-8000-000000000001',
    name: 'bilan-2025.pdf',
    size: 1536,
    contentType: 'application/pdf',
    viewable: true,
    sha256: 'a'.repeat(64),
    ...changes,
  };
}

/** A parcel from Sophie to Camille, as its sender sees it. */
export function parcelDetail(changes: Partial<ParcelDetail> = {}): ParcelDetail {
  return {
    id: 'fa7ce100-0000-4000-8000-000000000001',
    subject: 'Bilan 2025',
    note: 'Bonjour,\nvoici le bilan.',
    state: 'sent',
    sender: CLIENT,
    recipients: [MANAGER],
    role: 'sender',
    createdAt: '2026-03-01T09:00:00.000Z',
    sentAt: '2026-03-01T09:05:00.000Z',
    expiresAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
    documents: [parcelDocument()],
    receipts: [{ recipient: MANAGER, notifiedAt: null, openedAt: null, downloads: {} }],
    ...changes,
  };
}

export function parcelSummary(changes: Partial<ParcelSummary> = {}): ParcelSummary {
  return {
    id: 'fa7ce100-0000-4000-8000-000000000001',
    subject: 'Bilan 2025',
    state: 'sent',
    sender: MANAGER,
    recipients: [CLIENT],
    sentAt: '2026-03-01T09:05:00.000Z',
    expiresAt: new Date(Date.now() + 3 * 86_400_000 + 60_000).toISOString(),
    documentCount: 2,
    totalSize: 3 * MB,
    unread: false,
    ...changes,
  };
}
