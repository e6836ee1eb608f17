import type { AdminAccountSummary } from '@guichet/contracts';
import { type AccountListEntry, displayName } from '../accounts/account-list-entry';

/** An account as the admin list answers it. */
export function toAdminAccountSummary(entry: AccountListEntry): AdminAccountSummary {
  return {
    id: entry.id,
    accessCode: entry.accessCode,
    role: entry.role,
    civility: entry.civility,
    firstName: entry.firstName,
    lastName: entry.lastName,
    email: entry.email,
    mobile: entry.mobile,
    state: entry.state,
    accountManager: entry.accountManager && {
      id: entry.accountManager.id,
      name: displayName(entry.accountManager),
    },
    createdAt: entry.createdAt.toISOString(),
  };
}
