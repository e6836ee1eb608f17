import { Injectable } from '@nestjs/common';
import { CommonErrorCode } from '@guichet/contracts';
import { AppError } from '../../core/http/app-error';
import type { Account } from '../accounts/account';
import { Accounts } from '../accounts/accounts';
import type { ActiveSession } from './active-session';
import { CredentialCheck } from './credential-check';

/**
 * The password typed again before a change to the account's security (second factors, mobile):
 * a session left open on a shared computer is not enough to make one.
 */
@Injectable()
export class PasswordReconfirmation {
  constructor(
    private readonly accounts: Accounts,
    private readonly credentials: CredentialCheck,
  ) {}

  /** The session's account when `password` is its password; 422 keyed `password` otherwise. */
  async confirm(session: ActiveSession, password: string): Promise<Account> {
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
}
