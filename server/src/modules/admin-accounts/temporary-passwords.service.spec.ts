import {
  AccountState,
  AdminAccountsErrorCode,
  AuditEventKind,
  PasswordKind,
  Role,
} from '@guichet/contracts';
import { recordedTransactions } from '../../core/database/testing/recorded-transactions';
import type { Account } from '../accounts/account';
import type { AccountDirectory } from '../accounts/account-directory';
import type { AccountListEntry } from '../accounts/account-list-entry';
import type { Accounts } from '../accounts/accounts';
import type { AuditLog } from '../audit/audit-log';
import type { Sessions } from '../auth/sessions';
import type { PasswordLinks } from '../identity/password-links';
import type { NewPasswords } from '../password-policy/new-passwords';
import type { Workspace } from '../workspaces/workspace';
import type { Workspaces } from '../workspaces/workspaces';
import type { AdminActor } from './account-access.service';
import { TemporaryPasswords } from './temporary-passwords.service';

describe(TemporaryPasswords.name, () => {
  const workspace: Workspace = {
    id: '8d7c6b5a-4e3f-4a1b-8c2d-1e0f9a8b7c6d',
    slug: 'demo',
    name: 'Cabinet Demo',
    idleTimeoutMinutes: 20,
    smsOtpEnabled: false,
    otpValidMinutes: null,
  };
  const adminId = '0b6f4a1e-2d3c-4b5a-9e8f-7a6b5c4d3e2f';
  const actor: AdminActor = {
    session: { workspaceId: workspace.id, accountId: adminId },
    ip: '203.0.113.9',
  };
  const account: Account = {
    id: '5c4d3e2f-0b6f-4a1e-8d3c-9e8f7a6b4b5a',
    workspaceId: workspace.id,
    accessCode: 'GEST0001',
    role: Role.Staff,
    civility: null,
    firstName: 'Camille',
    lastName: 'Gestionnaire',
    email: null,
    mobile: null,
    mobileVerified: false,
    passwordKind: PasswordKind.Personal,
    passwordSetAt: null,
    passwordExpiresAt: null,
    passwordCheck: null,
    passwordChangeReason: null,
    locked: false,
    language: 'fr',
  };
  const entry: AccountListEntry = {
    ...account,
    state: AccountState.Temporary,
    accountManager: null,
    createdAt: new Date('2026-11-01T00:00:00Z'),
  };
  const expiresAt = new Date('2026-12-03T12:00:00Z');
  const steps: string[] = [];
  let findById: jest.Mock;
  let service: TemporaryPasswords;

  beforeEach(() => {
    steps.length = 0;
    const step = (name: string) => async () => void steps.push(name);
    findById = jest.fn(async () => account);
    const transactions = recordedTransactions(steps);
    service = new TemporaryPasswords(
      { findById } as unknown as Accounts,
      { entry: jest.fn(async () => entry) } as unknown as AccountDirectory,
      { findById: jest.fn(async () => workspace) } as unknown as Workspaces,
      {
        issueTemporary: jest.fn(async () => ({
          password: 'Tmp#2345abcdEFGH',
          passwordHash: '$argon2id$…',
          check: { policyVersion: 1, meetsPolicy: true, unmetRules: [], score: 4, entropyBits: 84 },
          expiresAt,
        })),
        store: jest.fn(step('store')),
      } as unknown as NewPasswords,
      { closeAllOf: jest.fn(step('closeAllOf')) } as unknown as Sessions,
      { voidAllOf: jest.fn(step('voidAllOf')) } as unknown as PasswordLinks,
      { record: jest.fn(step('audit')) } as unknown as AuditLog,
      transactions,
    );
  });

  it('stores the temporary password, voids links and ends sessions in one transaction; answers it once', async () => {
    await expect(service.regenerate(actor, account.id)).resolves.toEqual({
      account: expect.objectContaining({ id: account.id, state: AccountState.Temporary }),
      temporaryPassword: { password: 'Tmp#2345abcdEFGH', expiresAt: expiresAt.toISOString() },
    });
    expect(steps).toEqual(['begin', 'store', 'audit', 'voidAllOf', 'closeAllOf', 'commit']);
  });

  it("refuses the admin's own account and another firm's, before touching anything", async () => {
    await expect(service.regenerate(actor, adminId)).rejects.toMatchObject({
      code: AdminAccountsErrorCode.OwnTemporaryPassword,
    });
    findById.mockResolvedValueOnce(null);
    await expect(service.regenerate(actor, account.id)).rejects.toMatchObject({
      code: AdminAccountsErrorCode.AccountNotFound,
    });
    expect(steps).toEqual([]);
  });

  it('audits that a password was given, never the password', async () => {
    const record = jest.fn(async () => undefined);
    await new TemporaryPasswords(
      {} as Accounts,
      {} as AccountDirectory,
      {} as Workspaces,
      {
        issueTemporary: jest.fn(async () => ({
          password: 'Tmp#2345abcdEFGH',
          passwordHash: 'h',
          check: {},
          expiresAt,
        })),
        store: jest.fn(async () => undefined),
      } as unknown as NewPasswords,
      {} as Sessions,
      {} as PasswordLinks,
      { record } as unknown as AuditLog,
      { run: (work) => work() },
    ).issue(actor, account, workspace);
    expect(record).toHaveBeenCalledWith({
      kind: AuditEventKind.TemporaryPasswordIssued,
      outcome: 'success',
      workspaceId: workspace.id,
      actorId: adminId,
      targetIds: { accountId: account.id },
      ip: '203.0.113.9',
    });
    expect(JSON.stringify(record.mock.calls)).not.toContain('Tmp#');
  });
});
