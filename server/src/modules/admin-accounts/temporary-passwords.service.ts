import { Injectable } from '@nestjs/common';
import {
  AdminAccountsErrorCode,
  AuditEventKind,
  PasswordKind,
  type TemporaryPassword,
  type TemporaryPasswordResult,
} from '@guichet/contracts';
import { Transactions } from '../../core/database/transactions';
import { AppError } from '../../core/http/app-error';
import type { Account } from '../accounts/account';
import { AccountDirectory } from '../accounts/account-directory';
import { Accounts } from '../accounts/accounts';
import { AuditLog } from '../audit/audit-log';
import { Sessions } from '../auth/sessions';
import { PasswordLinks } from '../identity/password-links';
import { NewPasswords } from '../password-policy/new-passwords';
import type { Workspace } from '../workspaces/workspace';
import { Workspaces } from '../workspaces/workspaces';
import type { AdminActor } from './account-access.service';
import { toAdminAccountSummary } from './admin-account-summary';

const notFound = () =>
  new AppError(AdminAccountsErrorCode.AccountNotFound, 'No such account in this workspace');

/**
 * Temporary passwords (PWD-3), seed 002's « Générer un mot de passe temporaire »: random, meeting
 * the workspace's policy, answered once and stored only as argon2id, valid 72 hours, to be
 * changed at the first sign-in. Giving one ends the account's sessions and voids its links.
 * The audit records that one was given, never the password.
 */
@Injectable()
export class TemporaryPasswords {
  constructor(
    private readonly accounts: Accounts,
    private readonly directory: AccountDirectory,
    private readonly workspaces: Workspaces,
    private readonly newPasswords: NewPasswords,
    private readonly sessions: Sessions,
    private readonly links: PasswordLinks,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  /** A new temporary password for an existing account of the admin's workspace. */
  async regenerate(actor: AdminActor, accountId: string): Promise<TemporaryPasswordResult> {
    const { workspaceId } = actor.session;
    if (accountId === actor.session.accountId) {
      throw new AppError(
        AdminAccountsErrorCode.OwnTemporaryPassword,
        'An admin changes their own password instead',
      );
    }
    const [account, workspace] = await Promise.all([
      this.accounts.findById(workspaceId, accountId),
      this.workspaces.findById(workspaceId),
    ]);
    if (!account || !workspace) throw notFound();
    return this.transactions.run(async () => {
      const temporaryPassword = await this.issue(actor, account, workspace);
      await this.links.voidAllOf(account.id);
      await this.sessions.closeAllOf(account.id);
      const entry = await this.directory.entry(workspaceId, account.id);
      if (!entry) throw notFound();
      return { account: toAdminAccountSummary(entry), temporaryPassword };
    });
  }

  /** Gives the account a temporary password, in the caller's transaction; audited. */
  async issue(
    actor: AdminActor,
    account: Account,
    workspace: Workspace,
  ): Promise<TemporaryPassword> {
    const issued = await this.newPasswords.issueTemporary({
      account,
      workspace,
      hasSecondFactor: false,
    });
    await this.newPasswords.store(account.id, issued, {
      kind: PasswordKind.Temporary,
      expiresAt: issued.expiresAt,
    });
    await this.audit.record({
      kind: AuditEventKind.TemporaryPasswordIssued,
      outcome: 'success',
      workspaceId: workspace.id,
      actorId: actor.session.accountId,
      targetIds: { accountId: account.id },
      ip: actor.ip,
    });
    return { password: issued.password, expiresAt: issued.expiresAt.toISOString() };
  }
}
