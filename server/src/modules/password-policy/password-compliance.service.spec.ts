import {
  AdminAccountsErrorCode,
  AuditEventKind,
  PasswordKind,
  PasswordPolicyErrorCode,
  Role,
} from '@guichet/contracts';
import { CNIL_2022 } from '@guichet/password-policy';
import type { Transactions } from '../../core/database/transactions';
import type { PasswordStanding } from '../accounts/account';
import type { Accounts } from '../accounts/accounts';
import type { AdminActor } from '../admin-accounts/account-access.service';
import type { AuditLog } from '../audit/audit-log';
import { PasswordCompliance } from './password-compliance.service';
import type { PasswordPolicies } from './password-policies';

describe(PasswordCompliance.name, () => {
  const workspaceId = '8d7c6b5a-4e3f-4a1b-8c2d-1e0f9a8b7c6d';
  const adminId = '0b6f4a1e-2d3c-4b5a-9e8f-7a6b5c4d3e2f';
  const actor: AdminActor = { session: { workspaceId, accountId: adminId }, ip: null };
  const person = (id: string, changes: Partial<PasswordStanding>): PasswordStanding => ({
    id,
    accessCode: id.slice(0, 8),
    role: Role.Client,
    civility: null,
    firstName: null,
    lastName: id,
    passwordKind: PasswordKind.Personal,
    passwordSetAt: new Date(),
    passwordCheck: {
      policyVersion: 2,
      meetsPolicy: true,
      unmetRules: [],
      score: 4,
      entropyBits: 80,
      key: null,
    },
    passwordChangeReason: null,
    ...changes,
  });
  const compliant = person('11111111-1111-4111-8111-111111111111', {});
  const legacy = person('22222222-2222-4222-8222-222222222222', {
    passwordKind: PasswordKind.Legacy,
  });
  const older = person('33333333-3333-4333-8333-333333333333', {
    passwordCheck: {
      policyVersion: 1,
      meetsPolicy: true,
      unmetRules: [],
      score: 2,
      entropyBits: 40,
      key: null,
    },
  });
  let requirePasswordChange: jest.Mock;
  let record: jest.Mock;
  let compliance: PasswordCompliance;

  beforeEach(() => {
    requirePasswordChange = jest.fn(async (_workspace: string, ids: string[]) => ids);
    record = jest.fn(async () => undefined);
    const transactions: Transactions = { run: (work) => work() };
    compliance = new PasswordCompliance(
      {
        of: jest.fn(async () => ({
          mode: 'warn',
          rules: CNIL_2022,
          version: 2,
          updatedAt: null,
          updatedBy: null,
        })),
      } as unknown as PasswordPolicies,
      {
        passwordStandings: jest.fn(async () => [compliant, legacy, older]),
        requirePasswordChange,
      } as unknown as Accounts,
      { record } as unknown as AuditLog,
      transactions,
    );
  });

  it('reports the accounts below the policy only, with counts by reason', async () => {
    const report = await compliance.report(workspaceId, {});
    expect(report.items.map((item) => [item.id, item.reasons])).toEqual([
      [legacy.id, ['legacy-hash']],
      [older.id, ['older-policy', 'weak-score']],
    ]);
    expect(report).toMatchObject({
      total: 2,
      policy: { version: 2, mode: 'warn' },
      nextCursor: null,
    });
    expect(report.byReason).toMatchObject({
      'legacy-hash': 1,
      'older-policy': 1,
      'weak-score': 1,
      temporary: 0,
    });
  });

  it('repairs every listed account and audits each, never a compliant one', async () => {
    await expect(compliance.repairAll(actor)).resolves.toEqual({ repaired: 2 });
    expect(requirePasswordChange).toHaveBeenCalledWith(
      workspaceId,
      [legacy.id, older.id],
      'repair',
    );
    expect(record.mock.calls.map(([event]) => [event.kind, event.targetIds.accountId])).toEqual([
      [AuditEventKind.PasswordChangeRequired, legacy.id],
      [AuditEventKind.PasswordChangeRequired, older.id],
    ]);
  });

  it('repairs one: 409 when it meets the policy, 404 when the workspace has no such account', async () => {
    await expect(compliance.repairOne(actor, older.id)).resolves.toEqual({ repaired: 1 });
    await expect(compliance.repairOne(actor, compliant.id)).rejects.toMatchObject({
      code: PasswordPolicyErrorCode.AccountCompliant,
    });
    await expect(
      compliance.repairOne(actor, '44444444-4444-4444-8444-444444444444'),
    ).rejects.toMatchObject({ code: AdminAccountsErrorCode.AccountNotFound });
    expect(requirePasswordChange).toHaveBeenCalledTimes(1);
  });
});
