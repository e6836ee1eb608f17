import { AuditEventKind, CommonErrorCode, SmsErrorCode } from '@guichet/contracts';
import type { Transactions } from '../../core/database/transactions';
import type { Account } from '../accounts/account';
import type { Accounts } from '../accounts/accounts';
import type { AuditLog } from '../audit/audit-log';
import type { Workspaces } from '../workspaces/workspaces';
import type { ActiveSession } from './active-session';
import type { PasswordReconfirmation } from './password-reconfirmation';
import { ProfileMobileService } from './profile-mobile.service';
import type { ProfileService } from './profile.service';
import type { SmsCodeSender } from './second-factor/sms-code-sender';
import type { SecurityNotices } from './security-notices';

describe(ProfileMobileService.name, () => {
  const session = {
    id: 'session-1',
    accountId: '0b6f4a1e-2d3c-4b5a-9e8f-7a6b5c4d3e2f',
    workspaceId: '8d7c6b5a-4e3f-4a1b-8c2d-1e0f9a8b7c6d',
  } as ActiveSession;
  const workspace = { id: session.workspaceId, name: 'Cabinet Demo' };
  let password: jest.Mocked<Pick<PasswordReconfirmation, 'confirm'>>;
  let sms: jest.Mocked<Pick<SmsCodeSender, 'sendTo' | 'verifiedRecipient'>>;
  const owner = { id: session.accountId, email: 'gestion@example.test' };
  let accounts: jest.Mocked<Pick<Accounts, 'replaceMobile' | 'findById'>>;
  let notices: jest.Mocked<Pick<SecurityNotices, 'mobileChanged'>>;
  let audit: jest.Mocked<Pick<AuditLog, 'record'>>;
  let service: ProfileMobileService;

  beforeEach(() => {
    password = {
      confirm: jest.fn<
        ReturnType<PasswordReconfirmation['confirm']>,
        Parameters<PasswordReconfirmation['confirm']>
      >(
        async () =>
          ({ id: session.accountId, language: 'en' }) as Awaited<
            ReturnType<PasswordReconfirmation['confirm']>
          >,
      ),
    };
    sms = {
      sendTo: jest.fn<Promise<void>, Parameters<SmsCodeSender['sendTo']>>(async () => undefined),
      verifiedRecipient: jest.fn<Promise<string | null>, [string, string, string]>(
        async () => '+33781234567',
      ),
    };
    accounts = {
      replaceMobile: jest.fn<Promise<boolean>, [string, string, string]>(async () => true),
      findById: jest.fn<ReturnType<Accounts['findById']>, Parameters<Accounts['findById']>>(
        async () => owner as Account,
      ),
    };
    notices = {
      mobileChanged: jest.fn<Promise<void>, Parameters<SecurityNotices['mobileChanged']>>(
        async () => undefined,
      ),
    };
    audit = {
      record: jest.fn<Promise<void>, Parameters<AuditLog['record']>>(async () => undefined),
    };
    const workspaces = { findById: jest.fn(async () => workspace) };
    const profile = { read: jest.fn(async () => ({ accessCode: 'GEST0001' })) };
    const transactions: Transactions = { run: (work) => work() };
    service = new ProfileMobileService(
      password as unknown as PasswordReconfirmation,
      workspaces as unknown as Workspaces,
      sms as unknown as SmsCodeSender,
      accounts as unknown as Accounts,
      profile as unknown as ProfileService,
      notices as unknown as SecurityNotices,
      audit as unknown as AuditLog,
      transactions,
    );
  });

  it('sends the code to the number typed, in E.164, and tells it back as the country writes it', async () => {
    await expect(service.begin(session, 'pw', ' 07 81 23 45 67 ')).resolves.toEqual({
      display: '+33 7 81 23 45 67',
    });
    expect(password.confirm).toHaveBeenCalledWith(session, 'pw');
    expect(sms.sendTo).toHaveBeenCalledWith({
      purpose: 'change-mobile',
      flowId: 'session-1',
      to: '+33781234567',
      subject: `account:${session.accountId}`,
      workspace,
      language: 'en',
    });
  });

  it('refuses what is not a mobile before checking the password or sending anything', async () => {
    await expect(service.begin(session, 'pw', '01 23 45 67 89')).rejects.toMatchObject({
      code: SmsErrorCode.InvalidPhoneNumber,
    });
    expect(password.confirm).not.toHaveBeenCalled();
    expect(sms.sendTo).not.toHaveBeenCalled();
  });

  it('stores the number the code went to, audits the change and mails a notice to the account', async () => {
    await service.confirm(session, '123456', '203.0.113.9');

    expect(sms.verifiedRecipient).toHaveBeenCalledWith('change-mobile', 'session-1', '123456');
    expect(accounts.replaceMobile).toHaveBeenCalledWith(
      session.workspaceId,
      session.accountId,
      '+33781234567',
    );
    expect(audit.record).toHaveBeenCalledWith({
      kind: AuditEventKind.ProfileMobileChanged,
      outcome: 'success',
      workspaceId: session.workspaceId,
      actorId: session.accountId,
      targetIds: { accountId: session.accountId },
      ip: '203.0.113.9',
    });
    expect(notices.mobileChanged).toHaveBeenCalledWith(owner, '+33781234567', expect.any(Date));
  });

  it('changes and audits nothing for a wrong code', async () => {
    sms.verifiedRecipient.mockResolvedValue(null);

    await expect(service.confirm(session, '000000', null)).rejects.toMatchObject({
      code: CommonErrorCode.ValidationFailed,
      fields: { code: ['invalid'] },
    });
    expect(accounts.replaceMobile).not.toHaveBeenCalled();
    expect(audit.record).not.toHaveBeenCalled();
    expect(notices.mobileChanged).not.toHaveBeenCalled();
  });
});
