import { Injectable } from '@nestjs/common';
import { AdminAccountsErrorCode, AuditEventKind } from '@guichet/contracts';
import { Transactions } from '../../core/database/transactions';
import { AppError } from '../../core/http/app-error';
import { Accounts } from '../accounts/accounts';
import { AuditLog } from '../audit/audit-log';
import { SecondFactors } from '../auth/second-factor/second-factors';
import { SecurityNotices } from '../auth/security-notices';
import { Sessions } from '../auth/sessions';
import type { AdminActor } from './account-access.service';

/**
 * « Réinitialiser la double authentification »: for someone who lost both their authenticator (or
 * phone) and their recovery codes, and would otherwise be locked out for good. Every second
 * factor goes off with the recovery codes, the account's sessions end (one opened by whoever
 * holds the lost device included), and the owner is mailed, all in one transaction.
 */
@Injectable()
export class SecondFactorReset {
  constructor(
    private readonly accounts: Accounts,
    private readonly factors: SecondFactors,
    private readonly sessions: Sessions,
    private readonly notices: SecurityNotices,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  /** 404 for another workspace's account; 409 for the admin's own, which the profile turns off. */
  async reset(actor: AdminActor, accountId: string): Promise<void> {
    const { workspaceId } = actor.session;
    if (accountId === actor.session.accountId) {
      throw new AppError(
        AdminAccountsErrorCode.OwnSecondFactorReset,
        'An admin turns their own second factor off from the profile',
      );
    }
    await this.transactions.run(async () => {
      const account = await this.accounts.findById(workspaceId, accountId);
      if (!account) {
        throw new AppError(
          AdminAccountsErrorCode.AccountNotFound,
          'No such account in this workspace',
        );
      }
      const wasOn = await this.factors.disable(account.id);
      await this.sessions.closeAllOf(account.id);
      await this.audit.record({
        kind: AuditEventKind.SecondFactorReset,
        outcome: 'success',
        workspaceId,
        actorId: actor.session.accountId,
        targetIds: { accountId: account.id },
        ip: actor.ip,
      });
      if (wasOn) await this.notices.secondFactorChanged(account, 'reset-by-admin', new Date());
    });
  }
}
