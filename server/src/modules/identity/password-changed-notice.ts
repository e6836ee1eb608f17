import { Injectable } from '@nestjs/common';
import { PublicLinks } from '../../core/http/public-links';
import type { Account } from '../accounts/account';
import { mailRecipient } from '../mail/mail-recipient';
import { MailTemplate } from '../mail/mail-template';
import { Outbox } from '../outbox/outbox';
import type { Workspace } from '../workspaces/workspace';

/**
 * The "password changed" mail (MAIL-1), whatever changed it: a password-set link or the change
 * page. Queued in the caller's transaction; it links to the sign-in page, never to a reset.
 */
@Injectable()
export class PasswordChangedNotice {
  constructor(
    private readonly outbox: Outbox,
    private readonly links: PublicLinks,
  ) {}

  async send(
    account: Account,
    workspace: Workspace,
    email: string,
    changedAt: Date,
    idempotencyKey: string,
  ): Promise<void> {
    await this.outbox.enqueueMail(
      {
        template: MailTemplate.PasswordChanged,
        workspaceName: workspace.name,
        to: mailRecipient(account, email),
        // AUTH-2's deep link: the sign-in page with the firm and the identifier filled in.
        variables: {
          signInLink: this.links.to(`/w/${workspace.slug}/login`, { login: account.accessCode }),
          changedAt,
        },
      },
      { workspaceId: workspace.id, idempotencyKey },
    );
  }
}
