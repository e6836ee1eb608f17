import { AuditEventKind, CommonErrorCode, type PasswordPolicy } from '@guichet/contracts';
import { CNIL_2022, NIST_800_63B, SEED_002_CLASSIC } from '@guichet/password-policy';
import type { Transactions } from '../../core/database/transactions';
import type { Accounts } from '../accounts/accounts';
import type { AdminActor } from '../admin-accounts/account-access.service';
import type { AuditLog } from '../audit/audit-log';
import type { PasswordPolicyUpdateDto } from './dto/password-policy-update.dto';
import { PasswordPolicies, presetOf } from './password-policies';
import type { PasswordPolicyRepository, PolicyChange } from './password-policy.repository';
import { NEW_WORKSPACE_POLICY, type WorkspacePolicy } from './workspace-password-policy';

describe(PasswordPolicies.name, () => {
  const workspaceId = '8d7c6b5a-4e3f-4a1b-8c2d-1e0f9a8b7c6d';
  const adminId = '0b6f4a1e-2d3c-4b5a-9e8f-7a6b5c4d3e2f';
  const actor: AdminActor = { session: { workspaceId, accountId: adminId }, ip: '203.0.113.9' };
  let stored: WorkspacePolicy | null;
  let save: jest.Mock<Promise<WorkspacePolicy>, [PolicyChange]>;
  let record: jest.Mock;
  let policies: PasswordPolicies;

  beforeEach(() => {
    stored = null;
    save = jest.fn(async (change: PolicyChange) => ({
      mode: change.mode,
      rules: change.rules,
      version: (stored?.version ?? 1) + (change.rulesChanged ? 1 : 0),
      updatedAt: new Date('2026-11-30T12:00:00Z'),
      updatedBy: change.updatedBy,
    }));
    record = jest.fn(async () => undefined);
    const transactions: Transactions = { run: (work) => work() };
    policies = new PasswordPolicies(
      { find: jest.fn(async () => stored), save } as unknown as PasswordPolicyRepository,
      { namesOf: jest.fn(async () => new Map()) } as unknown as Accounts,
      { record } as unknown as AuditLog,
      transactions,
    );
  });

  const update = (mode: PasswordPolicyUpdateDto['mode'], policy: PasswordPolicy) =>
    policies.update(actor, { mode, policy } as PasswordPolicyUpdateDto);

  it('gives a workspace that never saved one the default rules in enforce mode (new workspaces, PWD-2)', async () => {
    await expect(policies.of(workspaceId)).resolves.toBe(NEW_WORKSPACE_POLICY);
    expect(NEW_WORKSPACE_POLICY).toMatchObject({ mode: 'enforce', rules: CNIL_2022, version: 1 });
  });

  it('names the preset from the rules, whatever the client said', () => {
    expect(presetOf({ ...NIST_800_63B, preset: 'custom' })).toBe('nist-800-63b');
    expect(presetOf({ ...SEED_002_CLASSIC, minLength: 10 })).toBe('custom');
  });

  it('bumps the version when the rules change, not for the mode alone, and audits each save', async () => {
    await update('warn', SEED_002_CLASSIC);
    expect(save).toHaveBeenLastCalledWith(
      expect.objectContaining({ rulesChanged: true, mode: 'warn', updatedBy: adminId }),
    );
    stored = { ...NEW_WORKSPACE_POLICY, rules: SEED_002_CLASSIC, version: 2 };
    const modeOnly = await update('enforce', { ...SEED_002_CLASSIC, preset: 'cnil-2022' });
    expect(save).toHaveBeenLastCalledWith(
      expect.objectContaining({
        rulesChanged: false,
        rules: expect.objectContaining({ preset: 'seed-002-classic' }),
      }),
    );
    expect(modeOnly.version).toBe(2);
    expect(record).toHaveBeenCalledTimes(2);
    expect(record).toHaveBeenLastCalledWith(
      expect.objectContaining({ kind: AuditEventKind.PasswordPolicyUpdated, actorId: adminId }),
    );
  });

  it('refuses crossed limits keyed by field, saving and auditing nothing', async () => {
    await expect(
      update('warn', {
        ...CNIL_2022,
        minLength: 100,
        maxLength: 64,
        minLengthWithSecondFactor: 101,
      }),
    ).rejects.toMatchObject({
      code: CommonErrorCode.ValidationFailed,
      fields: {
        'policy.maxLength': ['belowMinLength'],
        'policy.minLengthWithSecondFactor': ['aboveMinLength'],
      },
    });
    expect(save).not.toHaveBeenCalled();
    expect(record).not.toHaveBeenCalled();
  });
});
