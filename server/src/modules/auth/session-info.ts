import { Injectable } from '@nestjs/common';
import { CommonErrorCode, type NextStep, PasswordKind, type SessionInfo } from '@guichet/contracts';
import { AppError } from '../../core/http/app-error';
import type { Account } from '../accounts/account';
import { Accounts } from '../accounts/accounts';
import type { Workspace } from '../workspaces/workspace';
import { Workspaces } from '../workspaces/workspaces';

/** Where a user must go first after signing in (AUTH-9). */
export function nextStepOf(account: Account): NextStep {
  if (account.passwordKind === PasswordKind.Legacy) return 'legacy-migration';
  if (account.passwordKind === PasswordKind.Temporary) return 'change-password';
  return 'home';
}

/** Builds what the client knows of a session: who, which firm, what next, when it ends. */
@Injectable()
export class SessionInfoBuilder {
  constructor(
    private readonly accounts: Accounts,
    private readonly workspaces: Workspaces,
  ) {}

  describe(
    account: Account,
    workspace: Workspace,
    session: { privateComputer: boolean; idleExpiresAt: Date | null; absoluteExpiresAt: Date },
  ): SessionInfo {
    return {
      account: {
        id: account.id,
        role: account.role,
        civility: account.civility,
        firstName: account.firstName,
        lastName: account.lastName,
        accessCode: account.accessCode,
      },
      workspace: { slug: workspace.slug, name: workspace.name },
      nextStep: nextStepOf(account),
      idleExpiresAt: session.idleExpiresAt?.toISOString() ?? null,
      absoluteExpiresAt: session.absoluteExpiresAt.toISOString(),
      idleTimeoutSeconds: workspace.idleTimeoutMinutes * 60,
      privateComputer: session.privateComputer,
    };
  }

  /** The same for the session of the current request. */
  async describeSession(session: {
    accountId: string;
    workspaceId: string;
    privateComputer: boolean;
    idleExpiresAt: Date | null;
    absoluteExpiresAt: Date;
  }): Promise<SessionInfo> {
    const [account, workspace] = await Promise.all([
      this.accounts.findById(session.workspaceId, session.accountId),
      this.workspaces.findById(session.workspaceId),
    ]);
    if (!account || !workspace) throw new AppError(CommonErrorCode.Unauthenticated, 'Sign in');
    return this.describe(account, workspace, session);
  }
}
