import { Injectable } from '@nestjs/common';
import { AuthErrorCode, type Language } from '@guichet/contracts';
import { Transactions } from '../../../core/database/transactions';
import { AppError } from '../../../core/http/app-error';
import type { Account } from '../../accounts/account';
import { OtpChallenges } from '../../otp/otp-challenges';
import { Outbox } from '../../outbox/outbox';
import { SmsTemplate } from '../../sms/sms-template';
import type { Workspace } from '../../workspaces/workspace';

/** A code to send by SMS: what it proves and where it goes. */
export interface SmsCodeRequest {
  purpose: string;
  /** Binds the code to one sign-in (its session), one setup or one identity flow. */
  flowId: string;
  /** E.164, already validated (OTP-2: numbers are checked before any send). */
  to: string;
  /** Who the code proves, for the hourly cap per subject (OTP-2). */
  subject: string;
  workspace: Workspace;
  language: Language;
}

/** Sends a one-time code by SMS through the outbox, and checks it. */
@Injectable()
export class SmsCodeSender {
  constructor(
    private readonly otp: OtpChallenges,
    private readonly outbox: Outbox,
    private readonly transactions: Transactions,
  ) {}

  /** Sends a code to the profile's mobile; `flowId` binds it to one sign-in or one setup. */
  async send(
    purpose: string,
    flowId: string,
    account: Account,
    workspace: Workspace,
  ): Promise<void> {
    if (!account.mobile) throw new AppError(AuthErrorCode.InvalidCredentials, 'No mobile on file');
    await this.sendTo({
      purpose,
      flowId,
      to: account.mobile,
      subject: `account:${account.id}`,
      workspace,
      language: 'fr',
    });
  }

  /** Issues a code (cooldown and caps apply) and queues its SMS in the same transaction. */
  async sendTo(request: SmsCodeRequest): Promise<void> {
    const { workspace, to } = request;
    await this.transactions.run(async () => {
      const { code, validMinutes } = await this.otp.issue({
        purpose: request.purpose,
        flowId: request.flowId,
        workspaceId: workspace.id,
        subject: request.subject,
        recipient: to,
        validMinutes: workspace.otpValidMinutes,
      });
      await this.outbox.enqueueSms(
        {
          template: SmsTemplate.OneTimeCode,
          workspaceName: workspace.name,
          to,
          language: request.language,
          variables: { code, validMinutes },
        },
        { workspaceId: workspace.id },
      );
    });
  }

  verify(purpose: string, flowId: string, code: string): Promise<boolean> {
    return this.otp.verify(purpose, flowId, code);
  }
}
