import { Injectable } from '@nestjs/common';
import { AuthErrorCode } from '@guichet/contracts';
import { Transactions } from '../../../core/database/transactions';
import { AppError } from '../../../core/http/app-error';
import type { Account } from '../../accounts/account';
import { OtpChallenges } from '../../otp/otp-challenges';
import { Outbox } from '../../outbox/outbox';
import { SmsTemplate } from '../../sms/sms-template';
import type { Workspace } from '../../workspaces/workspace';

/** Sends a one-time code to the profile's mobile through the outbox, and checks it. */
@Injectable()
export class SmsCodeSender {
  constructor(
    private readonly otp: OtpChallenges,
    private readonly outbox: Outbox,
    private readonly transactions: Transactions,
  ) {}

  /** `flowId` binds the code to one sign-in (its session) or one setup. */
  async send(
    purpose: string,
    flowId: string,
    account: Account,
    workspace: Workspace,
  ): Promise<void> {
    if (!account.mobile) throw new AppError(AuthErrorCode.InvalidCredentials, 'No mobile on file');
    const recipient = account.mobile;
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
}
