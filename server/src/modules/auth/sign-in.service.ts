import { Injectable } from '@nestjs/common';
import { MetricsService } from '../../core/metrics/metrics.service';
import { AuditEventKind, AuthErrorCode, PasswordKind, type SessionInfo } from '@guichet/contracts';
import { PasswordHasher } from '../../core/crypto/password-hasher';
import { AppError } from '../../core/http/app-error';
import type { AccountCredentials } from '../accounts/account';
import { Accounts } from '../accounts/accounts';
import { AuditLog } from '../audit/audit-log';
import type { SolvedChallenge } from '../captcha/captcha-payload';
import { CaptchaService } from '../captcha/captcha.service';
import { requiredChangeOf } from '../password-policy/password-standing';
import type { Workspace } from '../workspaces/workspace';
import { Workspaces } from '../workspaces/workspaces';
import { CredentialCheck } from './credential-check';
import type { SignInDto } from './dto/sign-in.dto';
import { SecondFactors } from './second-factor/second-factors';
import { SessionInfoBuilder } from './session-info';
import { Sessions } from './sessions';
import { SignInPasswordReview } from './sign-in-password-review';
import { SignInLookupRepository } from './sign-in-lookup.repository';
import { SignInThrottle } from './sign-in-throttle';

/** A temporary password (PWD-3) that has outlived its 72 hours. */
function isExpiredTemporary(account: AccountCredentials): boolean {
  return (
    account.passwordKind === PasswordKind.Temporary &&
    account.passwordExpiresAt !== null &&
    account.passwordExpiresAt.getTime() <= Date.now()
  );
}

/** The caller of a sign-in: its address and the session cookie it already had, if any. */
export interface SignInContext {
  ip: string;
  previousToken?: string;
}

/**
 * AUTH-1…AUTH-5: throttle, CAPTCHA, then credentials (the first two and the account read in one
 * statement, see SignInLookupRepository). Every failure answers the same
 * AUTH_INVALID_CREDENTIALS, in the same time, whatever was wrong; every attempt is audited.
 */
@Injectable()
export class SignInService {
  constructor(
    private readonly workspaces: Workspaces,
    private readonly accounts: Accounts,
    private readonly lookup: SignInLookupRepository,
    private readonly credentials: CredentialCheck,
    private readonly hasher: PasswordHasher,
    private readonly throttle: SignInThrottle,
    private readonly captcha: CaptchaService,
    private readonly sessions: Sessions,
    private readonly info: SessionInfoBuilder,
    private readonly audit: AuditLog,
    private readonly secondFactors: SecondFactors,
    private readonly passwordReview: SignInPasswordReview,
    private readonly metrics: MetricsService,
  ) {}

  async signIn(
    request: SignInDto,
    context: SignInContext,
  ): Promise<{ token: string; session: SessionInfo }> {
    try {
      const signedIn = await this.attempt(request, context);
      this.metrics.signIn('success');
      return signedIn;
    } catch (error) {
      this.metrics.signIn('failure');
      throw error;
    }
  }

  private async attempt(
    request: SignInDto,
    context: SignInContext,
  ): Promise<{ token: string; session: SessionInfo }> {
    const workspace = request.workspace
      ? await this.workspaces.findBySlug(request.workspace)
      : await this.workspaces.sole();
    const keys = this.throttle.keys(
      context.ip,
      request.workspace ?? workspace?.slug ?? '',
      request.identifier,
    );
    let solved: SolvedChallenge;
    try {
      solved = this.captcha.check(request.captcha);
    } catch (error) {
      // The throttle answers first, as it does for a valid CAPTCHA.
      await this.refuseIfThrottled(await this.throttle.waitSeconds(keys), workspace, context);
      await this.auditFailure(AuditEventKind.SignInFailed, workspace, null, context);
      throw error;
    }
    const found = await this.lookup.lookup({
      throttleKeys: this.throttle.keyList(keys),
      captcha: {
        signature: solved.challenge.signature,
        expiresAt: new Date(solved.expiresAt * 1_000),
      },
      workspaceId: workspace?.id ?? null,
      identifier: request.identifier,
    });
    await this.refuseIfThrottled(this.throttle.waitOf(found.throttle, keys), workspace, context);
    try {
      await this.captcha.settle(found.claim);
    } catch (error) {
      await this.auditFailure(AuditEventKind.SignInFailed, workspace, null, context);
      throw error;
    }

    const account = workspace ? found.account : null;
    const verdict = await this.credentials.verify(account, request.password);
    if (!verdict.valid || !account || !workspace) {
      await this.throttle.recordFailure(keys);
      await this.auditFailure(AuditEventKind.SignInFailed, workspace, account, context);
      throw new AppError(
        AuthErrorCode.InvalidCredentials,
        'Wrong workspace, identifier or password',
      );
    }

    if (isExpiredTemporary(account)) {
      // The right password, past its 72 hours (PWD-3): refused like a wrong one, audited as what it is.
      await this.throttle.recordFailure(keys);
      await this.auditFailure(
        AuditEventKind.SignInTemporaryPasswordExpired,
        workspace,
        account,
        context,
      );
      throw new AppError(
        AuthErrorCode.InvalidCredentials,
        'Wrong workspace, identifier or password',
      );
    }

    await this.throttle.recordSuccess(keys);
    if (verdict.rehash) {
      await this.accounts.upgradePasswordHash(
        account.id,
        await this.hasher.hash(request.password.normalize('NFC')),
      );
    }
    const privateComputer = request.privateComputer ?? false;
    const secondFactor = this.secondFactors.challengeOf(found.secondFactor, account.mobile);
    const reviewed = await this.passwordReview.review(
      account,
      workspace,
      request.password,
      secondFactor !== null,
      context.ip,
    );
    const opened = await this.sessions.open(account.id, workspace, {
      privateComputer,
      previousToken: context.previousToken,
      secondFactorPending: secondFactor !== null,
      passwordChangePending: requiredChangeOf(reviewed.account) !== null,
      event: this.audit.entry({
        kind: AuditEventKind.SignInSucceeded,
        outcome: 'success',
        workspaceId: workspace.id,
        actorId: account.id,
        ip: context.ip,
      }),
    });
    return {
      token: opened.token,
      session: this.info.describe(
        reviewed.account,
        workspace,
        { privateComputer, ...opened },
        secondFactor,
        reviewed.warning,
      ),
    };
  }

  private async refuseIfThrottled(
    wait: number,
    workspace: Workspace | null,
    context: SignInContext,
  ): Promise<void> {
    if (wait === 0) return;
    await this.auditFailure(AuditEventKind.SignInThrottled, workspace, null, context);
    throw new AppError(
      AuthErrorCode.Throttled,
      'Too many attempts: try again later',
      undefined,
      wait,
    );
  }

  private auditFailure(
    kind: AuditEventKind,
    workspace: Workspace | null,
    account: AccountCredentials | null,
    context: SignInContext,
  ): Promise<void> {
    return this.audit.record({
      kind,
      outcome: 'failure',
      workspaceId: workspace?.id ?? null,
      actorId: account?.id ?? null,
      ip: context.ip,
    });
  }
}
