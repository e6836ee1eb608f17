import { Injectable } from '@nestjs/common';
import {
  AuditEventKind,
  CommonErrorCode,
  type RecoveryCodes,
  type TotpSetup,
} from '@guichet/contracts';
import { Transactions } from '../../core/database/transactions';
import { AppError } from '../../core/http/app-error';
import { Accounts } from '../accounts/accounts';
import { AuditLog } from '../audit/audit-log';
import { Workspaces } from '../workspaces/workspaces';
import type { ActiveSession } from './active-session';
import { ownChange } from './own-change';
import { PasswordReconfirmation } from './password-reconfirmation';
import { SecondFactors } from './second-factor/second-factors';
import { SmsCodeSender } from './second-factor/sms-code-sender';
import { type SecondFactorChange, SecurityNotices } from './security-notices';
import { wrongCode } from './wrong-code';

const ENABLE_SMS = 'enable-sms';

/**
 * The profile's second factors (AUTH-8): each change asks for the password again, and each one
 * made is in the audit trail and mailed to the account's address, committed with it.
 */
@Injectable()
export class ProfileSecurityService {
  constructor(
    private readonly accounts: Accounts,
    private readonly workspaces: Workspaces,
    private readonly password: PasswordReconfirmation,
    private readonly factors: SecondFactors,
    private readonly sms: SmsCodeSender,
    private readonly notices: SecurityNotices,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  async beginTotp(session: ActiveSession, password: string): Promise<TotpSetup> {
    const account = await this.password.confirm(session, password);
    return this.factors.beginTotp(account.id, account.accessCode);
  }

  async confirmTotp(
    session: ActiveSession,
    code: string,
    ip: string | null,
  ): Promise<RecoveryCodes> {
    const recoveryCodes = await this.transactions.run(async () => {
      const codes = await this.factors.confirmTotp(session.accountId, code);
      if (codes) {
        await this.audit.record(ownChange(AuditEventKind.TotpEnabled, session, ip));
        await this.notify(session, 'enabled');
      }
      return codes;
    });
    if (!recoveryCodes) throw wrongCode();
    return { recoveryCodes };
  }

  /** Sends a code to the profile's mobile: enabling SMS codes first proves the phone is theirs. */
  async beginSms(session: ActiveSession, password: string): Promise<void> {
    const account = await this.password.confirm(session, password);
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

  /** Turns SMS codes on; the number the code reached is verified by the same token. */
  async confirmSms(
    session: ActiveSession,
    code: string,
    ip: string | null,
  ): Promise<RecoveryCodes> {
    const mobile = await this.sms.verifiedRecipient(ENABLE_SMS, session.id, code);
    if (!mobile) throw wrongCode();
    return this.transactions.run(async () => {
      const recoveryCodes = await this.factors.enableSms(session.accountId);
      await this.accounts.markMobileVerified(session.workspaceId, session.accountId, mobile);
      await this.audit.record(ownChange(AuditEventKind.SmsSecondFactorEnabled, session, ip));
      await this.notify(session, 'enabled');
      return { recoveryCodes };
    });
  }

  async disable(session: ActiveSession, password: string, ip: string | null): Promise<void> {
    const account = await this.password.confirm(session, password);
    await this.transactions.run(async () => {
      const wasOn = await this.factors.disable(session.accountId);
      await this.audit.record(ownChange(AuditEventKind.SecondFactorDisabled, session, ip));
      if (wasOn) await this.notices.secondFactorChanged(account, 'disabled', new Date());
    });
  }

  private async notify(session: ActiveSession, change: SecondFactorChange): Promise<void> {
    const account = await this.accounts.findById(session.workspaceId, session.accountId);
    if (account) await this.notices.secondFactorChanged(account, change, new Date());
  }
}
