import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditEventKind, type PasswordLinkPurpose } from '@guichet/contracts';
import { identityConfig, type IdentityConfig } from '../../core/config/identity.config';
import { Transactions } from '../../core/database/transactions';
import { PublicLinks } from '../../core/http/public-links';
import type { Account } from '../accounts/account';
import { AuditLog } from '../audit/audit-log';
import { mailRecipient } from '../mail/mail-recipient';
import { MailTemplate } from '../mail/mail-template';
import { Outbox } from '../outbox/outbox';
import type { Workspace } from '../workspaces/workspace';
import { PasswordSetLinkRepository } from './password-set-link.repository';

/** SHA-256 of a high-entropy token: what the database keeps of links and flows. */
export const tokenHash = (token: string): Buffer => createHash('sha256').update(token).digest();

/** A random 256-bit token, base64url (43 characters). */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** A link to mail: for whom, why, to which address. */
export interface LinkToSend {
  account: Account;
  workspace: Workspace;
  purpose: PasswordLinkPurpose;
  /** Where it goes; using the link makes this the account's address (it proves the mailbox). */
  email: string;
  /** The lost-identifier mail (IDV-4) carries the access code with the link. */
  withIdentifier?: boolean;
  /** Who caused it (an admin approving or inviting), for the audit trail. */
  actorId?: string | null;
  ip?: string | null;
}

/**
 * Issues password-set links (IDV-5): a 256-bit random token that only the mail holds, its hash
 * stored; a new link voids the account's older ones; the mail is queued in the same transaction.
 */
@Injectable()
export class PasswordLinks {
  constructor(
    @Inject(identityConfig.KEY) private readonly config: IdentityConfig,
    private readonly repository: PasswordSetLinkRepository,
    private readonly outbox: Outbox,
    private readonly links: PublicLinks,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  /** Mails a new link, voiding the older ones; joins the caller's transaction if any. */
  async send(request: LinkToSend): Promise<void> {
    const { account, workspace, purpose } = request;
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.config.linkMinutes[purpose] * 60_000);
    const email = request.email.toLowerCase();
    await this.transactions.run(async () => {
      const linkId = await this.repository.replace({
        tokenHash: tokenHash(token),
        accountId: account.id,
        workspaceId: workspace.id,
        purpose,
        email,
        expiresAt,
      });
      const link = this.links.to('/set-password', { token });
      const to = mailRecipient(account, email);
      const identifier = account.accessCode;
      const common = { workspaceName: workspace.name, to };
      const options = { workspaceId: workspace.id, idempotencyKey: `password-link:${linkId}` };
      if (purpose === 'invitation') {
        await this.outbox.enqueueMail(
          {
            ...common,
            template: MailTemplate.Invitation,
            variables: { identifier, link, expiresAt },
          },
          options,
        );
      } else if (request.withIdentifier) {
        await this.outbox.enqueueMail(
          {
            ...common,
            template: MailTemplate.LostIdentifier,
            variables: { identifier, link, expiresAt },
          },
          options,
        );
      } else {
        await this.outbox.enqueueMail(
          { ...common, template: MailTemplate.PasswordSetLink, variables: { link, expiresAt } },
          options,
        );
      }
      await this.audit.record({
        kind: AuditEventKind.PasswordLinkSent,
        outcome: 'success',
        workspaceId: workspace.id,
        actorId: request.actorId ?? null,
        targetIds: { accountId: account.id, linkId },
        ip: request.ip ?? null,
      });
    });
  }

  /** Voids every usable link of the account (its password changed another way). */
  voidAllOf(accountId: string): Promise<void> {
    return this.repository.voidAllOf(accountId);
  }

  /**
   * Mails a new link unless the account received its hourly number of links already: the guard
   * against mail bombing, and against voiding a pending link again and again, for every request
   * a stranger can make (forgotten credentials, first connection, legacy migration). A link
   * withheld is audited; the caller answers as if it went. Answers whether it went.
   */
  async sendWithinHourlyCap(request: LinkToSend): Promise<boolean> {
    const { account, workspace } = request;
    const since = new Date(Date.now() - 3_600_000);
    if (
      (await this.repository.countSince(account.id, since)) >= this.config.hourlyLinksPerAccount
    ) {
      await this.audit.record({
        kind: AuditEventKind.PasswordLinkWithheld,
        outcome: 'failure',
        workspaceId: workspace.id,
        actorId: request.actorId ?? null,
        targetIds: { accountId: account.id },
        ip: request.ip ?? null,
      });
      return false;
    }
    await this.send(request);
    return true;
  }
}
