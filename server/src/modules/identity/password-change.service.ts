import { Injectable } from '@nestjs/common';
import {
  AuditEventKind,
  AuthErrorCode,
  CommonErrorCode,
  type PasswordChangeInfo,
  PasswordKind,
  type SessionInfo,
} from '@guichet/contracts';
import type { Response } from 'express';
import { Transactions } from '../../core/database/transactions';
import { AppError } from '../../core/http/app-error';
import type { Account } from '../accounts/account';
import { Accounts } from '../accounts/accounts';
import { AuditLog } from '../audit/audit-log';
import type { ActiveSession } from '../auth/active-session';
import { CredentialCheck } from '../auth/credential-check';
import { SecondFactors } from '../auth/second-factor/second-factors';
import { SessionCookies } from '../auth/session-cookies';
import { SessionInfoBuilder } from '../auth/session-info';
import { Sessions } from '../auth/sessions';
import { SignInThrottle } from '../auth/sign-in-throttle';
import { NewPasswords } from '../password-policy/new-passwords';
import { PasswordPolicies } from '../password-policy/password-policies';
import { requiredChangeOf } from '../password-policy/password-standing';
import type { PasswordSubject } from '../password-policy/password-subject';
import { Workspaces } from '../workspaces/workspaces';
import type { ChangePasswordDto } from './dto/change-password.dto';
import { PasswordChangedNotice } from './password-changed-notice';
import { PasswordSetLinkRepository } from './password-set-link.repository';

/**
 * A signed-in user changes their password (PWD-3, PWD-5, or from the profile): the current one
 * proves it is them (throttled like a sign-in), the new one is judged by the workspace's policy
 * with their context and history. Success is a change of privilege (AUTH-5): every session of
 * the account ends and a new one, with a new id, replaces the caller's; password-set links are
 * void; a confirmation mail goes out; all of it in one transaction.
 */
@Injectable()
export class PasswordChange {
  constructor(
    private readonly accounts: Accounts,
    private readonly workspaces: Workspaces,
    private readonly credentials: CredentialCheck,
    private readonly throttle: SignInThrottle,
    private readonly secondFactors: SecondFactors,
    private readonly newPasswords: NewPasswords,
    private readonly policies: PasswordPolicies,
    private readonly sessions: Sessions,
    private readonly info: SessionInfoBuilder,
    private readonly cookies: SessionCookies,
    private readonly links: PasswordSetLinkRepository,
    private readonly notice: PasswordChangedNotice,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  async describe(session: ActiveSession): Promise<PasswordChangeInfo> {
    const subject = await this.subjectOf(session);
    return {
      ...(await this.policies.rulesFor(subject)),
      requiredBecause: requiredChangeOf(subject.account),
      passwordSetAt: subject.account.passwordSetAt?.toISOString() ?? null,
    };
  }

  async change(
    session: ActiveSession,
    request: ChangePasswordDto,
    ip: string,
    response: Response,
  ): Promise<SessionInfo> {
    const subject = await this.subjectOf(session);
    const { account, workspace } = subject;
    const keys = this.throttle.keys(ip, workspace.slug, `password-change:${account.id}`);
    const wait = await this.throttle.waitSeconds(keys);
    if (wait > 0) throw new AppError(AuthErrorCode.Throttled, 'Too many attempts', undefined, wait);
    const credentials = await this.accounts.findCredentialsById(workspace.id, account.id);
    if (!(await this.credentials.verify(credentials, request.currentPassword)).valid) {
      await this.throttle.recordFailure(keys);
      await this.record(AuditEventKind.PasswordChanged, 'failure', account, ip);
      throw new AppError(CommonErrorCode.ValidationFailed, 'Wrong current password', {
        currentPassword: ['invalid'],
      });
    }
    await this.throttle.recordSuccess(keys);
    const judgement = await this.newPasswords.judge(request.newPassword, subject);
    if (!judgement.accepted) {
      throw new AppError(CommonErrorCode.ValidationFailed, 'The password cannot be set', {
        password: judgement.unmetRules,
      });
    }
    const changedAt = new Date();
    const opened = await this.transactions.run(async () => {
      await this.newPasswords.store(account.id, judgement, { kind: PasswordKind.Personal });
      await this.links.voidAllOf(account.id);
      const renewed = await this.sessions.renewAfterPasswordChange(session, workspace);
      if (account.email) {
        const key = `password-changed:${account.id}:${changedAt.getTime()}`;
        await this.notice.send(account, workspace, account.email, changedAt, key);
      }
      await this.record(AuditEventKind.PasswordChanged, 'success', account, ip);
      return renewed;
    });
    const info = await this.info.describeReplacement(session, opened);
    this.cookies.set(response, opened.token, info);
    return info;
  }

  private record(
    kind: AuditEventKind,
    outcome: 'success' | 'failure',
    account: Account,
    ip: string,
  ): Promise<void> {
    return this.audit.record({
      kind,
      outcome,
      workspaceId: account.workspaceId,
      actorId: account.id,
      targetIds: { accountId: account.id },
      ip,
    });
  }

  private async subjectOf(session: ActiveSession): Promise<PasswordSubject> {
    const [account, workspace] = await Promise.all([
      this.accounts.findById(session.workspaceId, session.accountId),
      this.workspaces.findById(session.workspaceId),
    ]);
    if (!account || !workspace) {
      throw new AppError(AuthErrorCode.SessionExpired, 'The session has ended');
    }
    return {
      account,
      workspace,
      hasSecondFactor: await this.hasSecondFactor(account),
    };
  }

  private async hasSecondFactor(account: Account): Promise<boolean> {
    return (await this.secondFactors.challengeFor(account.id, account.mobile)) !== null;
  }
}
