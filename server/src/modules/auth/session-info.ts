import { Injectable } from '@nestjs/common';
import {
  CommonErrorCode,
  type NextStep,
  PasswordKind,
  type PasswordWarning,
  type SecondFactorChallenge,
  type SessionInfo,
} from '@guichet/contracts';
import { AppError } from '../../core/http/app-error';
import type { Account } from '../accounts/account';
import { Accounts } from '../accounts/accounts';
import type { Workspace } from '../workspaces/workspace';
import { PasswordPolicies } from '../password-policy/password-policies';
import { passwordWarningOf, requiredChangeOf } from '../password-policy/password-standing';
import { Workspaces } from '../workspaces/workspaces';
import type { ActiveSession } from './active-session';
import { SecondFactors } from './second-factor/second-factors';
import type { OpenedSession } from './sessions';

/** Where a user must go first after signing in (AUTH-9). */
export function nextStepOf(account: Account): NextStep {
  if (account.passwordKind === PasswordKind.Legacy) return 'legacy-migration';
  if (requiredChangeOf(account)) return 'change-password';
  return 'home';
}

/** Builds what the client knows of a session: who, which firm, what next, when it ends. */
@Injectable()
export class SessionInfoBuilder {
  constructor(
    private readonly accounts: Accounts,
    private readonly workspaces: Workspaces,
    private readonly secondFactors: SecondFactors,
    private readonly policies: PasswordPolicies,
  ) {}

  /**
   * `secondFactor` is given while the session waits for it: the next step is then that;
   * `passwordWarning` in a workspace whose policy mode is `warn` (PWD-2).
   */
  describe(
    account: Account,
    workspace: Workspace,
    session: { privateComputer: boolean; idleExpiresAt: Date | null; absoluteExpiresAt: Date },
    secondFactor?: SecondFactorChallenge | null,
    passwordWarning?: PasswordWarning | null,
  ): SessionInfo {
    const info: SessionInfo = {
      account: {
        id: account.id,
        role: account.role,
        civility: account.civility,
        firstName: account.firstName,
        lastName: account.lastName,
        accessCode: account.accessCode,
      },
      workspace: { slug: workspace.slug, name: workspace.name },
      nextStep: secondFactor ? 'second-factor' : nextStepOf(account),
      idleExpiresAt: session.idleExpiresAt?.toISOString() ?? null,
      absoluteExpiresAt: session.absoluteExpiresAt.toISOString(),
      idleTimeoutSeconds: workspace.idleTimeoutMinutes * 60,
      privateComputer: session.privateComputer,
    };
    if (secondFactor) info.secondFactor = secondFactor;
    const change = requiredChangeOf(account);
    if (info.nextStep === 'change-password' && change) info.passwordChange = { reason: change };
    if (passwordWarning) info.passwordWarning = passwordWarning;
    return info;
  }

  /**
   * A full session that replaces `previous` (second factor proven, password changed), as
   * GET /api/auth/session will answer it: next step and password warning included.
   */
  describeReplacement(
    previous: Pick<ActiveSession, 'accountId' | 'workspaceId' | 'privateComputer'>,
    opened: OpenedSession,
  ): Promise<SessionInfo> {
    return this.describeSession({
      accountId: previous.accountId,
      workspaceId: previous.workspaceId,
      privateComputer: previous.privateComputer,
      idleExpiresAt: opened.idleExpiresAt,
      absoluteExpiresAt: opened.absoluteExpiresAt,
      secondFactorPending: false,
    });
  }

  /** The same for the session of the current request. */
  async describeSession(session: {
    accountId: string;
    workspaceId: string;
    privateComputer: boolean;
    idleExpiresAt: Date | null;
    absoluteExpiresAt: Date;
    secondFactorPending: boolean;
  }): Promise<SessionInfo> {
    const [account, workspace] = await Promise.all([
      this.accounts.findById(session.workspaceId, session.accountId),
      this.workspaces.findById(session.workspaceId),
    ]);
    if (!account || !workspace) throw new AppError(CommonErrorCode.Unauthenticated, 'Sign in');
    const secondFactor = session.secondFactorPending
      ? await this.secondFactors.challengeFor(account.id, account.mobile)
      : null;
    const policy = await this.policies.of(workspace.id);
    const warning = passwordWarningOf(account, policy, new Date());
    return this.describe(account, workspace, session, secondFactor, warning);
  }
}
