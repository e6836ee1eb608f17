import { AccountState, AdminAccountsErrorCode, AuditEventKind, Role } from '@guichet/contracts';
import { recordedTransactions } from '../../core/database/testing/recorded-transactions';
import type { AccountDirectory } from '../accounts/account-directory';
import type { AccountListEntry } from '../accounts/account-list-entry';
import type { Accounts } from '../accounts/accounts';
import type { AuditLog } from '../audit/audit-log';
import type { Sessions } from '../auth/sessions';
import { AccountAccess, type AdminActor } from './account-access.service';

describe(AccountAccess.name, () => {
  const workspaceId = '8d7c6b5a-4e3f-4a1b-8c2d-1e0f9a8b7c6d';
  const adminId = '0b6f4a1e-2d3c-4b5a-9e8f-7a6b5c4d3e2f';
  const clientId = '5c4d3e2f-0b6f-4a1e-8d3c-9e8f7a6b4b5a';
  const actor: AdminActor = { session: { accountId: adminId, workspaceId }, ip: '203.0.113.9' };
  const entry: AccountListEntry = {
    id: clientId,
    workspaceId,
    accessCode: '70016968',
    role: Role.Client,
    civility: null,
    firstName: 'Sophie',
    lastName: 'Bataillon',
    email: null,
    mobile: null,
    mobileVerified: false,
    passwordKind: null,
    passwordSetAt: null,
    passwordExpiresAt: null,
    passwordCheck: null,
    passwordChangeReason: null,
    locked: true,
    language: 'fr',
    state: AccountState.Locked,
    accountManager: null,
    createdAt: new Date('2026-11-23T10:00:00Z'),
  };
  let accounts: jest.Mocked<Pick<Accounts, 'lock' | 'unlock' | 'findById'>>;
  let directory: jest.Mocked<Pick<AccountDirectory, 'entry'>>;
  let sessions: jest.Mocked<Pick<Sessions, 'closeAllOf'>>;
  let audit: jest.Mocked<Pick<AuditLog, 'record'>>;
  let access: AccountAccess;
  const steps: string[] = [];

  beforeEach(() => {
    steps.length = 0;
    accounts = {
      lock: jest.fn<Promise<boolean>, [string, string]>(async () => true),
      unlock: jest.fn<Promise<boolean>, [string, string]>(async () => true),
      findById: jest.fn<ReturnType<Accounts['findById']>, [string, string]>(async () => null),
    };
    directory = {
      entry: jest.fn<Promise<AccountListEntry | null>, [string, string]>(async () => entry),
    };
    sessions = {
      closeAllOf: jest.fn<Promise<void>, [string]>(async () => void steps.push('closeAllOf')),
    };
    audit = {
      record: jest.fn<Promise<void>, Parameters<AuditLog['record']>>(
        async () => void steps.push('audit'),
      ),
    };
    const transactions = recordedTransactions(steps);
    access = new AccountAccess(
      accounts as unknown as Accounts,
      directory as unknown as AccountDirectory,
      sessions as unknown as Sessions,
      audit as unknown as AuditLog,
      transactions,
    );
  });

  it('locks, ends the sessions and audits in one transaction', async () => {
    await expect(access.lock(actor, clientId)).resolves.toEqual(
      expect.objectContaining({ id: clientId, state: AccountState.Locked }),
    );
    expect(accounts.lock).toHaveBeenCalledWith(workspaceId, clientId);
    expect(steps).toEqual(['begin', 'closeAllOf', 'audit', 'commit']);
    expect(audit.record).toHaveBeenCalledWith({
      kind: AuditEventKind.AccountLocked,
      outcome: 'success',
      workspaceId,
      actorId: adminId,
      targetIds: { accountId: clientId },
      ip: '203.0.113.9',
    });
  });

  it('refuses to lock the admin who asks, before touching anything', async () => {
    await expect(access.lock(actor, adminId)).rejects.toMatchObject({
      code: AdminAccountsErrorCode.CannotLockSelf,
    });
    expect(steps).toEqual([]);
    expect(accounts.lock).not.toHaveBeenCalled();
  });

  it('answers not found, ending no session and auditing nothing, for an account of another workspace', async () => {
    accounts.lock.mockResolvedValue(false);
    accounts.unlock.mockResolvedValue(false);
    for (const attempt of [
      () => access.lock(actor, clientId),
      () => access.unlock(actor, clientId),
      () => access.signOutEverywhere(actor, clientId),
    ]) {
      await expect(attempt()).rejects.toMatchObject({
        code: AdminAccountsErrorCode.AccountNotFound,
      });
    }
    expect(sessions.closeAllOf).not.toHaveBeenCalled();
    expect(audit.record).not.toHaveBeenCalled();
  });
});
