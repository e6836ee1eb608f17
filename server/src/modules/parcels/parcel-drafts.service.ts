import { Injectable } from '@nestjs/common';
import {
  AuditEventKind,
  type NewParcelRequest,
  type ParcelDetail,
  ParcelErrorCode,
  Role,
} from '@guichet/contracts';
import { Transactions } from '../../core/database/transactions';
import { AppError } from '../../core/http/app-error';
import { BlobStore } from '../../core/storage/blob-store';
import { Accounts } from '../accounts/accounts';
import { AuditLog } from '../audit/audit-log';
import { ParcelAccess } from './parcel-access';
import type { ParcelActor } from './parcel-actor';
import { invalidField, parcelNotFound, wrongState } from './parcel-errors';
import { ParcelNotifications } from './parcel-notifications';
import { ParcelReading } from './parcel-reading.service';
import { ParcelRepository } from './parcel.repository';
import { ParcelSettingsService } from './parcel-settings.service';

const DAY_MS = 86_400_000;
const MAX_RECIPIENTS = 50;

/**
 * A parcel's life on its sender's side (PARCEL-1): a draft, its documents (uploaded one by one,
 * see DocumentUpload), sending, an earlier expiry, withdrawal. A client's parcel goes to their
 * account manager; staff choose clients of their firm.
 */
@Injectable()
export class ParcelDrafts {
  constructor(
    private readonly access: ParcelAccess,
    private readonly parcels: ParcelRepository,
    private readonly reading: ParcelReading,
    private readonly accounts: Accounts,
    private readonly settings: ParcelSettingsService,
    private readonly notifications: ParcelNotifications,
    private readonly blobs: BlobStore,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  async create(actor: ParcelActor, request: NewParcelRequest): Promise<ParcelDetail> {
    const recipientIds = await this.recipientsFor(actor, request.recipientIds);
    const settings = await this.settings.of(actor.workspaceId);
    const now = Date.now();
    const expiresAt = request.expiresAt
      ? this.checkedExpiry(request.expiresAt, now + settings.maxExpiryDays * DAY_MS)
      : new Date(now + settings.defaultExpiryDays * DAY_MS);
    const id = await this.transactions.run(() =>
      this.parcels.insert({
        workspaceId: actor.workspaceId,
        senderId: actor.accountId,
        subject: request.subject.trim(),
        note: request.note?.trim() ?? '',
        expiresAt,
        recipientIds,
      }),
    );
    const parcel = await this.parcels.find(actor.workspaceId, id);
    return this.reading.describe(parcel!, 'sender');
  }

  /** Sends a draft whose documents are all stored: its recipients see it and are notified. */
  async send(actor: ParcelActor, parcelId: string): Promise<ParcelDetail> {
    const parcel = await this.transactions.run(async () => {
      const draft = await this.access.ownDraft(actor, parcelId);
      const documents = await this.parcels.documents(draft.id);
      if (documents.length === 0) throw wrongState('A parcel needs at least one document');
      if (documents.some((d) => d.state !== 'stored')) {
        throw wrongState('A document is still being uploaded');
      }
      // A client's parcel goes to whoever manages them now, not when the draft began.
      let recipientIds = (await this.parcels.recipients(draft.id)).map((r) => r.accountId);
      if (actor.role === Role.Client) {
        recipientIds = await this.recipientsFor(actor, undefined);
        await this.parcels.replaceRecipients(draft.id, recipientIds);
      }
      if (recipientIds.length === 0) throw wrongState('The parcel has no recipient');
      await this.parcels.markSent(draft.id);
      const sent = (await this.parcels.find(actor.workspaceId, draft.id))!;
      await this.notifications.parcelSent(actor, sent, recipientIds);
      await this.record(AuditEventKind.ParcelSent, actor, draft.id);
      return sent;
    });
    return this.reading.describe(parcel, 'sender');
  }

  /** An earlier expiry, never a later one, and not in the past. */
  async shortenExpiry(
    actor: ParcelActor,
    parcelId: string,
    expiresAt: string,
  ): Promise<ParcelDetail> {
    const parcel = await this.transactions.run(async () => {
      const own = await this.access.ownLocked(actor, parcelId);
      const wanted = this.checkedExpiry(expiresAt, own.expiresAt.getTime());
      await this.parcels.setExpiry(own.id, wanted);
      return { ...own, expiresAt: wanted };
    });
    return this.reading.describe(parcel, 'sender');
  }

  /** Withdraws a draft or a sent parcel: it vanishes at once, and the purge destroys it. */
  async withdraw(actor: ParcelActor, parcelId: string): Promise<void> {
    await this.transactions.run(async () => {
      const own = await this.access.ownLocked(actor, parcelId);
      await this.parcels.markWithdrawn(own.id);
      await this.record(AuditEventKind.ParcelWithdrawn, actor, own.id);
    });
  }

  /**
   * Removes a document from a draft: its key first (after which the blob is unreadable), then the
   * blob, then the row. A crash in between leaves a shredded row that the purge finishes.
   */
  async removeDocument(actor: ParcelActor, parcelId: string, documentId: string): Promise<void> {
    const document = await this.transactions.run(async () => {
      const draft = await this.access.ownDraft(actor, parcelId);
      const found = await this.parcels.document(draft.id, documentId);
      if (!found) throw parcelNotFound();
      if (found.state !== 'stored') throw wrongState('The document is still being uploaded');
      await this.parcels.shredDocument(found.id);
      return found;
    });
    await this.blobs.delete(document.storageKey);
    await this.parcels.deleteDocument(document.id);
  }

  /** A client's account manager, or the clients a member of staff chose (checked). */
  private async recipientsFor(
    actor: ParcelActor,
    requested: string[] | undefined,
  ): Promise<string[]> {
    if (actor.role === Role.Client) {
      if (requested !== undefined) throw invalidField('recipientIds', 'notAllowed');
      const manager = await this.reading.managerOf(actor);
      if (!manager) {
        throw new AppError(
          ParcelErrorCode.NoAccountManager,
          'No account manager is assigned to this client',
        );
      }
      return [manager.id];
    }
    const ids = [...new Set(requested ?? [])];
    if (ids.length === 0) throw invalidField('recipientIds', 'required');
    if (ids.length > MAX_RECIPIENTS) throw invalidField('recipientIds', 'tooMany');
    for (const id of ids) {
      const account = await this.accounts.findById(actor.workspaceId, id);
      if (!account || account.role !== Role.Client) throw invalidField('recipientIds', 'invalid');
    }
    return ids;
  }

  /** A wanted expiry: in the future and not after `latest` (ms), else 422 on `expiresAt`. */
  private checkedExpiry(wanted: string, latest: number): Date {
    const date = new Date(wanted);
    if (Number.isNaN(date.getTime())) throw invalidField('expiresAt', 'invalid');
    if (date.getTime() <= Date.now()) throw invalidField('expiresAt', 'past');
    if (date.getTime() > latest) throw invalidField('expiresAt', 'tooLate');
    return date;
  }

  private record(kind: AuditEventKind, actor: ParcelActor, parcelId: string): Promise<void> {
    return this.audit.record({
      kind,
      outcome: 'success',
      workspaceId: actor.workspaceId,
      actorId: actor.accountId,
      targetIds: { parcelId },
      ip: actor.ip,
    });
  }
}
