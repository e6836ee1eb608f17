import { Injectable } from '@nestjs/common';
import {
  AuditEventKind,
  CommonErrorCode,
  type MobileChangeStarted,
  type Profile,
} from '@guichet/contracts';
import { Transactions } from '../../core/database/transactions';
import { AppError } from '../../core/http/app-error';
import { Accounts } from '../accounts/accounts';
import { AuditLog } from '../audit/audit-log';
import { displayPhone, toMobileE164 } from '../sms/mobile-number';
import { Workspaces } from '../workspaces/workspaces';
import type { ActiveSession } from './active-session';
import { ownChange } from './own-change';
import { PasswordReconfirmation } from './password-reconfirmation';
import { ProfileService } from './profile.service';
import { SmsCodeSender } from './second-factor/sms-code-sender';
import { SecurityNotices } from './security-notices';
import { wrongCode } from './wrong-code';

const CHANGE_MOBILE = 'change-mobile';

/**
 * Adding or changing the profile's mobile: the password again, then a code sent to the NEW
 * number proves it is the user's before it replaces the old one (and receives sign-in codes).
 * The number stored is the one the code went to, whatever the client says afterwards, and the
 * account's address hears of the change.
 */
@Injectable()
export class ProfileMobileService {
  constructor(
    private readonly password: PasswordReconfirmation,
    private readonly workspaces: Workspaces,
    private readonly sms: SmsCodeSender,
    private readonly accounts: Accounts,
    private readonly profile: ProfileService,
    private readonly notices: SecurityNotices,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  /** Sends a code to `mobile` once read as a mobile number (422 otherwise); nothing is stored yet. */
  async begin(
    session: ActiveSession,
    password: string,
    mobile: string,
  ): Promise<MobileChangeStarted> {
    const e164 = toMobileE164(mobile.trim());
    const account = await this.password.confirm(session, password);
    const workspace = await this.workspaces.findById(session.workspaceId);
    if (!workspace) throw new AppError(CommonErrorCode.Unauthenticated, 'Sign in');
    await this.sms.sendTo({
      purpose: CHANGE_MOBILE,
      flowId: session.id,
      to: e164,
      subject: `account:${account.id}`,
      workspace,
      language: account.language,
    });
    return { display: displayPhone(e164) };
  }

  /** Stores the number the code was sent to, verified, and answers the updated profile. */
  async confirm(session: ActiveSession, code: string, ip: string | null): Promise<Profile> {
    const mobile = await this.sms.verifiedRecipient(CHANGE_MOBILE, session.id, code);
    if (!mobile) throw wrongCode();
    await this.transactions.run(async () => {
      if (!(await this.accounts.replaceMobile(session.workspaceId, session.accountId, mobile))) {
        throw new AppError(CommonErrorCode.Unauthenticated, 'Sign in');
      }
      await this.audit.record(ownChange(AuditEventKind.ProfileMobileChanged, session, ip));
      // Mailed, not texted: the old number may be the one that was lost, or the thief's.
      const account = await this.accounts.findById(session.workspaceId, session.accountId);
      if (account) await this.notices.mobileChanged(account, mobile, new Date());
    });
    return this.profile.read(session);
  }
}
