import { Injectable } from '@nestjs/common';
import { AuthErrorCode } from '@guichet/contracts';
import { Transactions } from '../../../core/database/transactions';
import { AppError } from '../../../core/http/app-error';
import type { Account } from '../../accounts/account';
import { OtpChallenges } from '../../otp/otp-challenges';
import { Outbox } from '../../outbox/outbox';
import { SmsTemplate } from '../../sms/sms-template';
import type { Workspace } from '../../workspaces/workspace';

/**
 * Sends one-time codes by SMS through the outbox (with the cooldown and hourly caps of OTP-2),
 * and checks them.
 */
@Injectable()
export class SmsCodeSender {
  constructor(
    private readonly otp: OtpChallenges,
    private readonly outbox: Outbox,
    private readonly transactions: Transactions,
  ) {}

  /** Sends a code to the profile's mobile; `flowId` binds it to one sign-in (its session) or one setup. */
  async send(
    purpose: string,
    flowId: string,
    account: Account,
    workspace: Workspace,
  ): Promise<void> {
    if (!account.mobile) throw new AppError(AuthErrorCode.InvalidCredentials, 'No mobile on file');
    await this.sendTo(purpose, flowId, account.mobile, workspace);
  }

  /** Sends a code to `recipient` (E.164, already validated), e.g. a mobile to prove before use. */
  async sendTo(
    purpose: string,
    flowId: string,
    recipient: string,
    workspace: Workspace,
  ): Promise<void> {
    await this.transactions.run(async () => {
      const code = await this.otp.issue({ purpose, flowId, workspaceId: workspace.id, recipient });
      await this.outbox.enqueueSms(
        {
          template: SmsTemplate.OneTimeCode,
          workspaceName: workspace.name,
          to: recipient,
          language: 'fr',
          variables: { code, validMinutes: this.otp.validMinutes },
        },
        { workspaceId: workspace.id },
      );
    });
  }

  verify(purpose: string, flowId: string, code: string): Promise<boolean> {
    return this.otp.verify(purpose, flowId, code);
  }

  /** The number the flow's live code was sent to, when `code` is that code; null otherwise. */
  verifiedRecipient(purpose: string, flowId: string, code: string): Promise<string | null> {
    return this.otp.verifiedRecipient(purpose, flowId, code);
  }
}
