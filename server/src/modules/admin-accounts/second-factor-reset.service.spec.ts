import { AdminAccountsErrorCode, AuditEventKind, Role } from '@guichet/contracts';
import { recordedTransactions } from '../../core/database/testing/recorded-transactions';
import type { Account } from '../accounts/account';
import type { Accounts } from '../accounts/accounts';
import type { AuditLog } from '../audit/audit-log';
import type { SecondFactors } from '../auth/second-factor/second-factors';
import type { SecurityNotices } from '../auth/security-notices';
import type { Sessions } from '../auth/sessions';
import type { AdminActor } from './account-access.service';
import { SecondFactorReset } from './second-factor-reset.service';

describe(SecondFactorReset.name, () => {
  const workspaceId = '8d7c6b5a-4e3f-4a1b-8c2d-1e0f9a8b7c6d';
  const adminId = '0b6f4a1e-2d3c-4b5a-9e8f-7a6b5c4d3e2f';
  const clientId = '5c4d3e2f-0b6f-4a1e-8d3c-9e8f7a6b4b5a';
  const actor: AdminActor = { session: { accountId: adminId, workspaceId }, ip: '203.0.113.9' };
  const client = {
    id: clientId,
    workspaceId,
    role: Role.Client,
    email: 'sophie@example.test',
  } as Account;
  let accounts: jest.Mocked<Pick<Accounts, 'findById'>>;
  let factors: jest.Mocked<Pick<SecondFactors, 'disable'>>;
  let sessions: jest.Mocked<Pick<Sessions, 'closeAllOf'>>;
  let notices: jest.Mocked<Pick<SecurityNotices, 'secondFactorChanged'>>;
  let audit: jest.Mocked<Pick<AuditLog, 'record'>>;
  let reset: SecondFactorReset;
  const steps: string[] = [];

  beforeEach(() => {
    steps.length = 0;
    accounts = {
      findById: jest.fn<ReturnType<Accounts['findById']>, [string, string]>(async () => client),
    };
    factors = {
      disable: jest.fn<Promise<boolean>, [string]>(async () => {
        steps.push('disable');
        return true;
      }),
    };
    sessions = {
      closeAllOf: jest.fn<Promise<void>, [string]>(async () => void steps.push('closeAllOf')),
    };
    notices = {
      secondFactorChanged: jest.fn<
        Promise<void>,
        Parameters<SecurityNotices['secondFactorChanged']>
      >(async () => void steps.push('notice')),
    };
    audit = {
      record: jest.fn<Promise<void>, Parameters<AuditLog['record']>>(
        async () => void steps.push('audit'),
      ),
    };
    const transactions = recordedTransactions(steps);
    reset = new SecondFactorReset(
      accounts as unknown as Accounts,
      factors as unknown as SecondFactors,
      sessions as unknown as Sessions,
      notices as unknown as SecurityNotices,
      audit as unknown as AuditLog,
      transactions,
    );
  });

  it('turns the factors off, ends the sessions, audits and mails the owner in one transaction', async () => {
    await reset.reset(actor, clientId);

    expect(accounts.findById).toHaveBeenCalledWith(workspaceId, clientId);
    expect(factors.disable).toHaveBeenCalledWith(clientId);
    expect(sessions.closeAllOf).toHaveBeenCalledWith(clientId);
    expect(audit.record).toHaveBeenCalledWith({
      kind: AuditEventKind.SecondFactorReset,
      outcome: 'success',
      workspaceId,
      actorId: adminId,
      targetIds: { accountId: clientId },
      ip: '203.0.113.9',
    });
    expect(notices.secondFactorChanged).toHaveBeenCalledWith(
      client,
      'reset-by-admin',
      expect.any(Date),
    );
    expect(steps).toEqual(['begin', 'disable', 'closeAllOf', 'audit', 'notice', 'commit']);
  });

  it('mails nobody when there was no second factor to reset', async () => {
    factors.disable.mockResolvedValue(false);

    await reset.reset(actor, clientId);

    expect(audit.record).toHaveBeenCalled();
    expect(notices.secondFactorChanged).not.toHaveBeenCalled();
  });

  it("answers 404 for an account outside the admin's workspace and changes nothing", async () => {
    accounts.findById.mockResolvedValue(null);

    await expect(reset.reset(actor, clientId)).rejects.toMatchObject({
      code: AdminAccountsErrorCode.AccountNotFound,
    });
    expect(factors.disable).not.toHaveBeenCalled();
    expect(sessions.closeAllOf).not.toHaveBeenCalled();
    expect(audit.record).not.toHaveBeenCalled();
  });

  it('refuses the admin their own account: the profile asks for the password first', async () => {
    await expect(reset.reset(actor, adminId)).rejects.toMatchObject({
      code: AdminAccountsErrorCode.OwnSecondFactorReset,
    });
    expect(steps).toEqual([]);
  });
});
