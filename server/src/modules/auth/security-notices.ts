import { Injectable } from '@nestjs/common';
import { maskEmail } from '../../core/privacy/mask-email';
import type { Account } from '../accounts/account';
import { mailRecipient } from '../mail/mail-recipient';
import { MailTemplate, type MailVariables } from '../mail/mail-template';
import { Outbox } from '../outbox/outbox';
import { maskPhone } from '../sms/mobile-number';
import { Workspaces } from '../workspaces/workspaces';

/** What happened to the second factor: turned on or off by its owner, or reset by an admin. */
export type SecondFactorChange = 'enabled' | 'disabled' | 'reset-by-admin';

/**
 * Mails that tell the owner of an account that its security changed, so that someone who did
 * not make the change hears of it and can call the firm. They carry no link and no secret: a
 * masked number or address at most. Queued in the caller's transaction; an account without an
 * address is not told.
 */
@Injectable()
export class SecurityNotices {
  constructor(
    private readonly outbox: Outbox,
    private readonly workspaces: Workspaces,
  ) {}

  secondFactorChanged(account: Account, change: SecondFactorChange, at: Date): Promise<void> {
    return this.send(account, account.email, MailTemplate.SecondFactorChanged, {
      enabled: change === 'enabled',
      resetByAdmin: change === 'reset-by-admin',
      changedAt: at,
    });
  }

  /** To the account's address; `mobile` (E.164) is the new number, shown masked. */
  mobileChanged(account: Account, mobile: string, at: Date): Promise<void> {
    return this.send(account, account.email, MailTemplate.MobileChanged, {
      maskedMobile: maskPhone(mobile),
      changedAt: at,
    });
  }

  /**
   * To the address that was replaced, the only one a thief who replaced it cannot read; the new
   * address is masked and no link is given, as the old mailbox may no longer be the owner's.
   */
  emailReplaced(account: Account, oldEmail: string, newEmail: string, at: Date): Promise<void> {
    return this.send(account, oldEmail, MailTemplate.EmailReplaced, {
      maskedEmail: maskEmail(newEmail),
      changedAt: at,
    });
  }

  private async send<T extends MailTemplate>(
    account: Account,
    email: string | null,
    template: T,
    variables: MailVariables[T],
  ): Promise<void> {
    if (!email) return;
    const workspace = await this.workspaces.findById(account.workspaceId);
    if (!workspace) return;
    await this.outbox.enqueueMail(
      { template, workspaceName: workspace.name, to: mailRecipient(account, email), variables },
      { workspaceId: workspace.id },
    );
  }
}
