import { Injectable } from '@nestjs/common';
import {
  AuditEventKind,
  AuthErrorCode,
  CommonErrorCode,
  type SessionInfo,
} from '@guichet/contracts';
import { AppError } from '../../../core/http/app-error';
import { Accounts } from '../../accounts/accounts';
import { AuditLog } from '../../audit/audit-log';
import { Workspaces } from '../../workspaces/workspaces';
import type { ActiveSession } from '../active-session';
import type { SecondFactorVerifyDto } from '../dto/second-factor-verify.dto';
import { SessionInfoBuilder } from '../session-info';
import { Sessions } from '../sessions';
import { SignInThrottle } from '../sign-in-throttle';
import { SecondFactors } from './second-factors';
import { SmsCodeSender } from './sms-code-sender';

const PURPOSE = 'sign-in';

/** The second step of a sign-in for accounts with a second factor (AUTH-8). */
@Injectable()
export class SecondFactorSignIn {
  constructor(
    private readonly accounts: Accounts,
    private readonly workspaces: Workspaces,
    private readonly factors: SecondFactors,
    private readonly sms: SmsCodeSender,
    private readonly sessions: Sessions,
    private readonly info: SessionInfoBuilder,
    private readonly throttle: SignInThrottle,
    private readonly audit: AuditLog,
  ) {}

  /** Sends a code to the profile's mobile, bound to this waiting session. */
  async sendSms(session: ActiveSession): Promise<void> {
    const { account, workspace } = await this.load(session);
    const challenge = await this.factors.challengeFor(account.id, account.mobile);
    if (!challenge?.methods.includes('sms')) {
      throw new AppError(CommonErrorCode.NotFound, 'SMS codes are not enabled for this account');
    }
    await this.sms.send(PURPOSE, session.id, account, workspace);
  }

  /** Checks the code; on success the waiting session is replaced by a full one (new token). */
  async verify(
    session: ActiveSession,
    token: string,
    request: SecondFactorVerifyDto,
    ip: string,
  ): Promise<{ token: string; session: SessionInfo }> {
    const { account, workspace } = await this.load(session);
    const keys = this.throttle.keys(ip, workspace.slug, `second-factor:${account.id}`);
    const wait = await this.throttle.waitSeconds(keys);
    if (wait > 0) throw new AppError(AuthErrorCode.Throttled, 'Too many attempts', undefined, wait);
    if (!(await this.check(session, request))) {
      await this.throttle.recordFailure(keys);
      await this.audit.record({
        kind: AuditEventKind.SignInFailed,
        outcome: 'failure',
        workspaceId: workspace.id,
        actorId: account.id,
        ip,
      });
      throw new AppError(AuthErrorCode.InvalidCredentials, 'Wrong code');
    }
    await this.throttle.recordSuccess(keys);
    const opened = await this.sessions.promote(token, workspace);
    if (!opened) throw new AppError(AuthErrorCode.SessionExpired, 'The session has ended');
    await this.audit.record({
      kind: AuditEventKind.SignInSucceeded,
      outcome: 'success',
      workspaceId: workspace.id,
      actorId: account.id,
      ip,
    });
    return { token: opened.token, session: await this.info.describeReplacement(session, opened) };
  }

  private async check(session: ActiveSession, request: SecondFactorVerifyDto): Promise<boolean> {
    switch (request.method) {
      case 'totp':
        return this.factors.verifyTotp(session.accountId, request.code);
      case 'sms':
        return this.sms.verify(PURPOSE, session.id, request.code);
      case 'recovery':
        return this.factors.useRecoveryCode(session.accountId, request.code);
    }
  }

  private async load(session: ActiveSession) {
    const [account, workspace] = await Promise.all([
      this.accounts.findById(session.workspaceId, session.accountId),
      this.workspaces.findById(session.workspaceId),
    ]);
    if (!account || !workspace)
      throw new AppError(AuthErrorCode.SessionExpired, 'The session has ended');
    return { account, workspace };
  }
}
