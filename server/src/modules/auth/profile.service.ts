import { Injectable } from '@nestjs/common';
import { CommonErrorCode, type Language, type Profile } from '@guichet/contracts';
import { AppError } from '../../core/http/app-error';
import { Accounts } from '../accounts/accounts';
import { displayPhone } from '../sms/mobile-number';
import type { ActiveSession } from './active-session';
import { SecondFactors } from './second-factor/second-factors';

/** What a signed-in user sees of their own account: identity, contact data, sign-in security. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly accounts: Accounts,
    private readonly factors: SecondFactors,
  ) {}

  /** The session's own account only: there is no way to name another one. */
  async read(session: Pick<ActiveSession, 'accountId' | 'workspaceId'>): Promise<Profile> {
    const account = await this.accounts.findById(session.workspaceId, session.accountId);
    if (!account) throw new AppError(CommonErrorCode.Unauthenticated, 'Sign in');
    return {
      id: account.id,
      role: account.role,
      civility: account.civility,
      firstName: account.firstName,
      lastName: account.lastName,
      accessCode: account.accessCode,
      email: account.email,
      mobile: account.mobile
        ? {
            e164: account.mobile,
            display: displayPhone(account.mobile),
            verified: account.mobileVerified,
          }
        : null,
      secondFactor: await this.factors.statusOf(account.id, account.mobile),
      language: account.language,
    };
  }

  /** Mails and SMS in `language` from now on; the interface follows the browser's own choice. */
  async setLanguage(session: Pick<ActiveSession, 'accountId'>, language: Language): Promise<void> {
    await this.accounts.setLanguage(session.accountId, language);
  }
}
