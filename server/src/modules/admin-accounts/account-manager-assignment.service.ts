import { Injectable } from '@nestjs/common';
import {
  AdminAccountsErrorCode,
  type AdminAccountSummary,
  CommonErrorCode,
  Role,
} from '@guichet/contracts';
import { AppError } from '../../core/http/app-error';
import { AccountDirectory } from '../accounts/account-directory';
import { Accounts } from '../accounts/accounts';
import type { AdminActor } from './account-access.service';
import { toAdminAccountSummary } from './admin-account-summary';

const invalid = (reason: string) =>
  new AppError(CommonErrorCode.ValidationFailed, 'Not a possible account manager', {
    accountManagerId: [reason],
  });

/**
 * "Clients > Paramètres et configurations" (seed 001): the admin names the staff member who
 * receives a client's parcels (PARCEL-1). The client must be a client of the firm, the manager a
 * member of its staff or an admin; another firm's account answers 404.
 */
@Injectable()
export class AccountManagerAssignment {
  constructor(
    private readonly accounts: Accounts,
    private readonly directory: AccountDirectory,
  ) {}

  async assign(
    actor: AdminActor,
    clientId: string,
    accountManagerId: string | null,
  ): Promise<AdminAccountSummary> {
    const workspaceId = actor.session.workspaceId;
    const client = await this.accounts.findById(workspaceId, clientId);
    if (!client) {
      throw new AppError(
        AdminAccountsErrorCode.AccountNotFound,
        'No such account in this workspace',
      );
    }
    if (client.role !== Role.Client) throw invalid('clients-only');
    if (accountManagerId !== null) {
      const manager = await this.accounts.findById(workspaceId, accountManagerId);
      if (!manager || manager.role === Role.Client) throw invalid('invalid');
    }
    await this.accounts.setAccountManager(workspaceId, clientId, accountManagerId);
    const entry = await this.directory.entry(workspaceId, clientId);
    return toAdminAccountSummary(entry!);
  }
}
