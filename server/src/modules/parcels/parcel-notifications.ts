import { Injectable } from '@nestjs/common';
import { PublicLinks } from '../../core/http/public-links';
import { Transactions } from '../../core/database/transactions';
import type { Account } from '../accounts/account';
import { displayName } from '../accounts/account-list-entry';
import { Accounts } from '../accounts/accounts';
import { PasswordLinks } from '../identity/password-links';
import { mailRecipient } from '../mail/mail-recipient';
import { MailTemplate } from '../mail/mail-template';
import { Outbox } from '../outbox/outbox';
import { Workspaces } from '../workspaces/workspaces';
import type { ParcelActor } from './parcel-actor';
import type { Parcel } from './parcel';
import { ParcelRepository } from './parcel.repository';

/** Days before expiry when recipients are reminded (PARCEL-7). */
export const REMINDER_DAYS = 3;
const REMINDER_BATCH = 500;

const recipientOf = (account: Account & { email: string }) => mailRecipient(account, account.email);

/**
 * Mails about parcels, through the outbox (PARCEL-2): a link to the parcel page, never a
 * document. A recipient who has no password yet gets the invitation (identifier and a link to
 * choose one, IDV-8) instead; one with no e-mail address is not notified.
 */
@Injectable()
export class ParcelNotifications {
  constructor(
    private readonly parcels: ParcelRepository,
    private readonly accounts: Accounts,
    private readonly workspaces: Workspaces,
    private readonly outbox: Outbox,
    private readonly passwordLinks: PasswordLinks,
    private readonly links: PublicLinks,
    private readonly transactions: Transactions,
  ) {}

  /** Queues the mails of a parcel just sent, in the caller's transaction; marks who was notified. */
  async parcelSent(actor: ParcelActor, parcel: Parcel, recipientIds: string[]): Promise<void> {
    const [workspace, sender] = await Promise.all([
      this.workspaces.findById(parcel.workspaceId),
      this.accounts.findById(parcel.workspaceId, parcel.senderId),
    ]);
    if (!workspace) return;
    const notified: string[] = [];
    for (const id of recipientIds) {
      const account = await this.accounts.findById(parcel.workspaceId, id);
      if (!account?.email) continue;
      if (account.passwordKind === null) {
        await this.passwordLinks.send({
          account,
          workspace,
          purpose: 'invitation',
          email: account.email,
          actorId: actor.accountId,
          ip: actor.ip,
        });
      } else {
        await this.outbox.enqueueMail(
          {
            template: MailTemplate.ParcelReceived,
            workspaceName: workspace.name,
            to: recipientOf({ ...account, email: account.email }),
            variables: {
              senderName: sender ? displayName(sender) : workspace.name,
              link: this.linkTo(parcel.id),
              expiresAt: parcel.expiresAt,
            },
          },
          { workspaceId: workspace.id, idempotencyKey: `parcel-received:${parcel.id}:${id}` },
        );
      }
      notified.push(id);
    }
    await this.parcels.markNotified(parcel.id, notified);
  }

  /**
   * Queues "expires soon" for each recipient of a parcel that expires within 3 days and was sent
   * longer ago than that; each at most once (marked in the same transaction, and the outbox
   * dedupes on its key). Gives the number queued.
   */
  async remindExpiring(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() + REMINDER_DAYS * 86_400_000);
    let queued = 0;
    for (;;) {
      const due = await this.parcels.dueReminders(before, REMINDER_BATCH);
      for (const reminder of due) {
        await this.transactions.run(async () => {
          if (!(await this.parcels.markReminded(reminder.parcelId, reminder.accountId))) return;
          const [account, workspace] = await Promise.all([
            this.accounts.findById(reminder.workspaceId, reminder.accountId),
            this.workspaces.findById(reminder.workspaceId),
          ]);
          if (!account?.email || !workspace) return;
          await this.outbox.enqueueMail(
            {
              template: MailTemplate.ParcelExpiring,
              workspaceName: workspace.name,
              to: recipientOf({ ...account, email: account.email }),
              variables: { link: this.linkTo(reminder.parcelId), expiresAt: reminder.expiresAt },
            },
            {
              workspaceId: workspace.id,
              idempotencyKey: `parcel-expiring:${reminder.parcelId}:${reminder.accountId}`,
            },
          );
          queued++;
        });
      }
      if (due.length < REMINDER_BATCH) return queued;
    }
  }

  /** The parcel page of the portal. */
  private linkTo(parcelId: string): string {
    return this.links.to(`/parcels/${parcelId}`);
  }
}
