import { Injectable } from '@nestjs/common';
import { CommonErrorCode } from '@guichet/contracts';
import { AppError } from '../../core/http/app-error';
import { Accounts } from '../accounts/accounts';
import { Workspaces } from '../workspaces/workspaces';
import type { ActiveSession } from './active-session';
import { CredentialCheck } from './credential-check';
import { SecondFactors } from './second-factor/second-factors';
import { SmsCodeSender } from './second-factor/sms-code-sender';

const ENABLE_SMS = 'enable-sms';

/** The profile's security settings (AUTH-8): each change asks for the password again. */
@Injectable()
export class ProfileSecurityService {
  constructor(
    private readonly accounts: Accounts,
    private readonly workspaces: Workspaces,
    private readonly credentials: CredentialCheck,
    private readonly factors: SecondFactors,
    private readonly sms: SmsCodeSender,
  ) {}

  async beginTotp(session: ActiveSession, password: string) {
    const account = await this.confirmPassword(session, password);
    return this.factors.beginTotp(account.id, account.accessCode);
  }

  async confirmTotp(session: ActiveSession, code: string): Promise<{ recoveryCodes: string[] }> {
    const recoveryCodes = await this.factors.confirmTotp(session.accountId, code);
    if (!recoveryCodes) throw this.wrongCode();
    return { recoveryCodes };
  }

  /** Sends a code to the profile's mobile: enabling SMS codes first proves the phone is theirs. */
  async beginSms(session: ActiveSession, password: string): Promise<void> {
    const account = await this.confirmPassword(session, password);
    const workspace = await this.workspaces.findById(session.workspaceId);
    if (!account.mobile || !workspace) {
      throw new AppError(
        CommonErrorCode.ValidationFailed,
        'Add a mobile number to the profile first',
        {
          mobile: ['required'],
        },
      );
    }
    await this.sms.send(ENABLE_SMS, session.id, account, workspace);
  }

  async confirmSms(session: ActiveSession, code: string): Promise<{ recoveryCodes: string[] }> {
    if (!(await this.sms.verify(ENABLE_SMS, session.id, code))) throw this.wrongCode();
    return { recoveryCodes: await this.factors.enableSms(session.accountId) };
  }

  async disable(session: ActiveSession, password: string): Promise<void> {
    await this.confirmPassword(session, password);
    await this.factors.disable(session.accountId);
  }

  private async confirmPassword(session: ActiveSession, password: string) {
    const account = await this.accounts.findById(session.workspaceId, session.accountId);
    const credentials =
      account && (await this.accounts.findByIdentifier(account.workspaceId, account.accessCode));
    const verdict = await this.credentials.verify(credentials, password);
    if (!account || !verdict.valid) {
      throw new AppError(CommonErrorCode.ValidationFailed, 'Wrong password', {
        password: ['invalid'],
      });
    }
    return account;
  }

  private wrongCode(): AppError {
    return new AppError(CommonErrorCode.ValidationFailed, 'Wrong or expired code', {
      code: ['invalid'],
    });
  }
}
