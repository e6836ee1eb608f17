import { Injectable } from '@nestjs/common';
import {
  AdminAccountsErrorCode,
  type AdminAccountSummary,
  AuditEventKind,
} from '@guichet/contracts';
import { Transactions } from '../../core/database/transactions';
import { AppError } from '../../core/http/app-error';
import { AccountDirectory } from '../accounts/account-directory';
import { Accounts } from '../accounts/accounts';
import { AuditLog } from '../audit/audit-log';
import type { ActiveSession } from '../auth/active-session';
import { Sessions } from '../auth/sessions';
import { toAdminAccountSummary } from './admin-account-summary';

/** The admin who acts, and from where. */
export interface AdminActor {
  session: Pick<ActiveSession, 'accountId' | 'workspaceId'>;
  ip: string | null;
}

const notFound = () =>
  new AppError(AdminAccountsErrorCode.AccountNotFound, 'No such account in this workspace');

/**
 * An admin's hold on who can sign in: lock, unlock, sign out everywhere. Each action, its effect
 * on sessions and its audit event commit together; another workspace's account answers 404.
 */
@Injectable()
export class AccountAccess {
  constructor(
    private readonly accounts: Accounts,
    private readonly directory: AccountDirectory,
    private readonly sessions: Sessions,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  /** Locks the account and ends its sessions; an admin cannot lock themselves (409). */
  async lock(actor: AdminActor, accountId: string): Promise<AdminAccountSummary> {
    if (accountId === actor.session.accountId) {
      throw new AppError(
        AdminAccountsErrorCode.CannotLockSelf,
        'An admin cannot lock their own account',
      );
    }
    return this.transactions.run(async () => {
      if (!(await this.accounts.lock(actor.session.workspaceId, accountId))) throw notFound();
      await this.sessions.closeAllOf(accountId);
      await this.record(AuditEventKind.AccountLocked, actor, accountId);
      return this.summary(actor, accountId);
    });
  }

  unlock(actor: AdminActor, accountId: string): Promise<AdminAccountSummary> {
    return this.transactions.run(async () => {
      if (!(await this.accounts.unlock(actor.session.workspaceId, accountId))) throw notFound();
      await this.record(AuditEventKind.AccountUnlocked, actor, accountId);
      return this.summary(actor, accountId);
    });
  }

  /** Ends every session of the account (the admin's own too, if it is theirs). */
  signOutEverywhere(actor: AdminActor, accountId: string): Promise<void> {
    return this.transactions.run(async () => {
      if (!(await this.accounts.findById(actor.session.workspaceId, accountId))) throw notFound();
      await this.sessions.closeAllOf(accountId);
      await this.record(AuditEventKind.AccountSignedOutEverywhere, actor, accountId);
    });
  }

  private record(kind: AuditEventKind, actor: AdminActor, accountId: string): Promise<void> {
    return this.audit.record({
      kind,
      outcome: 'success',
      workspaceId: actor.session.workspaceId,
      actorId: actor.session.accountId,
      targetIds: { accountId },
      ip: actor.ip,
    });
  }

  private async summary(actor: AdminActor, accountId: string): Promise<AdminAccountSummary> {
    const entry = await this.directory.entry(actor.session.workspaceId, accountId);
    if (!entry) throw notFound();
    return toAdminAccountSummary(entry);
  }
}
