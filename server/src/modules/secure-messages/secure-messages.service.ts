import { Injectable } from '@nestjs/common';
import {
  AuditEventKind,
  type NewSecureMessageRequest,
  SENT_MESSAGES_PAGE_SIZE,
  type SentSecureMessage,
  type SentSecureMessagePage,
} from '@guichet/contracts';
import { Transactions } from '../../core/database/transactions';
import { decodeIdCursor, encodeIdCursor } from '../../core/http/id-cursor';
import { displayName } from '../accounts/account-list-entry';
import { Accounts } from '../accounts/accounts';
import { AuditLog } from '../audit/audit-log';
import { ParcelAccess } from '../parcels/parcel-access';
import type { ParcelActor } from '../parcels/parcel-actor';
import { ParcelDrafts } from '../parcels/parcel-drafts.service';
import { invalidField } from '../parcels/parcel-errors';
import { type Parcel, visibleState } from '../parcels/parcel';
import { ParcelRepository } from '../parcels/parcel.repository';
import { ParcelSettingsService } from '../parcels/parcel-settings.service';
import { Workspaces } from '../workspaces/workspaces';
import { messageNotFound, messageWrongState } from './secure-message-errors';
import { SecureMessageMails } from './secure-message-outbox';
import { SecureMessageRepository } from './secure-message.repository';
import { newToken, tokenHash } from './secure-message-tokens';

const DAY_MS = 86_400_000;

/**
 * Secure messages on the sender's side (PARCEL-8): a message is a parcel of kind `message`, so
 * its attachments go through the parcel upload (limits, sniffing, antivirus, encryption), its
 * withdrawal and purge are the parcel's. Its recipients are addresses, each with a personal link
 * whose hash only is stored; the notice mail carries the link and nothing of the content.
 */
@Injectable()
export class SecureMessages {
  constructor(
    private readonly parcels: ParcelRepository,
    private readonly access: ParcelAccess,
    private readonly drafts: ParcelDrafts,
    private readonly settings: ParcelSettingsService,
    private readonly messages: SecureMessageRepository,
    private readonly mails: SecureMessageMails,
    private readonly accounts: Accounts,
    private readonly workspaces: Workspaces,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  async create(actor: ParcelActor, request: NewSecureMessageRequest): Promise<SentSecureMessage> {
    const settings = await this.settings.of(actor.workspaceId);
    const now = Date.now();
    let expiresAt = new Date(now + settings.defaultExpiryDays * DAY_MS);
    if (request.expiresAt) {
      expiresAt = new Date(request.expiresAt);
      if (expiresAt.getTime() <= now) throw invalidField('expiresAt', 'past');
      if (expiresAt.getTime() > now + settings.maxExpiryDays * DAY_MS) {
        throw invalidField('expiresAt', 'tooLate');
      }
    }
    const id = await this.transactions.run(async () => {
      const parcelId = await this.parcels.insert({
        workspaceId: actor.workspaceId,
        senderId: actor.accountId,
        subject: request.subject.trim(),
        note: request.body,
        expiresAt,
        recipientIds: [],
        kind: 'message',
      });
      // Placeholder hashes of tokens nobody knows: the real links are made when it is sent.
      for (const email of request.recipients) {
        await this.messages.addRecipient(parcelId, email, tokenHash(newToken()));
      }
      return parcelId;
    });
    return this.detail(actor, id);
  }

  /** Sends a draft: each address gets its notice with a fresh personal link. */
  async send(actor: ParcelActor, id: string): Promise<SentSecureMessage> {
    await this.transactions.run(async () => {
      const draft = await this.ownMessage(actor, id, true);
      if (draft.state !== 'draft') throw messageWrongState('The message was already sent');
      const documents = await this.parcels.documents(draft.id);
      if (documents.some((d) => d.state !== 'stored')) {
        throw messageWrongState('An attachment is still being uploaded');
      }
      await this.parcels.markSent(draft.id);
      for (const recipient of await this.messages.recipients(draft.id)) {
        await this.notify(draft, recipient.id, recipient.email);
      }
      await this.audit.record({
        kind: AuditEventKind.SecureMessageSent,
        outcome: 'success',
        workspaceId: actor.workspaceId,
        actorId: actor.accountId,
        targetIds: { parcelId: draft.id },
        ip: actor.ip,
      });
    });
    return this.detail(actor, id);
  }

  /** A new notice with a new link (the old link stops working), for a live sent message. */
  async resend(actor: ParcelActor, id: string, recipientId: string): Promise<SentSecureMessage> {
    await this.transactions.run(async () => {
      const message = await this.ownMessage(actor, id, true);
      if (visibleState(message) !== 'sent') throw messageWrongState('The message is not live');
      const recipient = (await this.messages.recipients(message.id)).find(
        (r) => r.id === recipientId,
      );
      if (!recipient) throw messageNotFound();
      await this.notify(message, recipient.id, recipient.email);
    });
    return this.detail(actor, id);
  }

  async withdraw(actor: ParcelActor, id: string): Promise<void> {
    await this.ownMessage(actor, id, false);
    await this.drafts.withdraw(actor, id);
  }

  /** A page of the sender's messages; 422 on `cursor` when it is not the end of one of their pages. */
  async list(actor: ParcelActor, cursor?: string): Promise<SentSecureMessagePage> {
    let after: string | undefined;
    if (cursor !== undefined) {
      after = decodeIdCursor(cursor) ?? undefined;
      if (!after) throw invalidField('cursor', 'invalidCursor');
    }
    const ids = await this.messages.sentBy(
      actor.workspaceId,
      actor.accountId,
      after,
      SENT_MESSAGES_PAGE_SIZE + 1,
    );
    if (!ids) throw invalidField('cursor', 'invalidCursor');
    const page = ids.slice(0, SENT_MESSAGES_PAGE_SIZE);
    return {
      items: await Promise.all(page.map((id) => this.detail(actor, id))),
      nextCursor: ids.length > page.length ? encodeIdCursor(page.at(-1)!) : null,
    };
  }

  async detail(actor: ParcelActor, id: string): Promise<SentSecureMessage> {
    const message = await this.ownMessage(actor, id, false);
    const [documents, recipients] = await Promise.all([
      this.parcels.documents(message.id),
      this.messages.recipients(message.id),
    ]);
    const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);
    return {
      id: message.id,
      subject: message.subject,
      body: message.note,
      state: visibleState(message),
      createdAt: message.createdAt.toISOString(),
      sentAt: iso(message.sentAt),
      expiresAt: message.expiresAt.toISOString(),
      attachments: documents
        .filter((d) => d.state === 'stored')
        .map((d) => ({ id: d.id, name: d.name, size: d.size, contentType: d.contentType })),
      recipients: recipients.map((r) => ({
        id: r.id,
        email: r.email,
        notifiedAt: iso(r.notifiedAt),
        codeRequestedAt: iso(r.codeRequestedAt),
        openedAt: iso(r.openedAt),
        downloadedAt: iso(r.downloadedAt),
      })),
    };
  }

  private async notify(message: Parcel, recipientId: string, email: string): Promise<void> {
    const [workspace, sender] = await Promise.all([
      this.workspaces.findById(message.workspaceId),
      this.accounts.findById(message.workspaceId, message.senderId),
    ]);
    if (!workspace) throw messageNotFound();
    const token = newToken();
    await this.messages.setToken(recipientId, tokenHash(token));
    await this.mails.notice({
      workspaceId: workspace.id,
      workspaceName: workspace.name,
      language: sender?.language ?? 'fr',
      email,
      senderName: sender ? displayName(sender) : workspace.name,
      token,
    });
    await this.messages.markNotified(recipientId);
  }

  /** The caller's own message (any state but purged); another's, or a parcel, is 404. */
  private async ownMessage(actor: ParcelActor, id: string, lock: boolean): Promise<Parcel> {
    const parcel = lock
      ? await this.access.ownLocked(actor, id).catch(() => null)
      : await this.parcels.find(actor.workspaceId, id);
    if (!parcel || parcel.senderId !== actor.accountId || !(await this.isMessage(parcel.id))) {
      throw messageNotFound();
    }
    return parcel;
  }

  private async isMessage(parcelId: string): Promise<boolean> {
    return this.messages.isMessage(parcelId);
  }
}
