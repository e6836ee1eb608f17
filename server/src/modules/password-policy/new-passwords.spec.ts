import { PasswordKind, Role } from '@guichet/contracts';
import { CNIL_2022, type PasswordEvaluation } from '@guichet/password-policy';
import type { PasswordHasher } from '../../core/crypto/password-hasher';
import type { Account, AccountCredentials } from '../accounts/account';
import type { Accounts } from '../accounts/accounts';
import type { Workspace } from '../workspaces/workspace';
import { NewPasswords } from './new-passwords';
import type { PasswordEvaluator } from './password-evaluator';
import type { PasswordHistoryRepository } from './password-history.repository';
import type { PasswordPolicies } from './password-policies';
import type { WorkspacePolicy } from './workspace-password-policy';
import { checkKeyOf } from './password-standing';
import { passwordContextOf } from './password-subject';

describe(NewPasswords.name, () => {
  const workspace: Workspace = {
    id: '8d7c6b5a-4e3f-4a1b-8c2d-1e0f9a8b7c6d',
    slug: 'demo',
    name: 'Cabinet Demo',
    idleTimeoutMinutes: 20,
    smsOtpEnabled: false,
    otpValidMinutes: null,
  };
  const account: Account = {
    id: '5c4d3e2f-0b6f-4a1e-8d3c-9e8f7a6b4b5a',
    workspaceId: workspace.id,
    accessCode: '25350001',
    role: Role.Client,
    civility: null,
    firstName: 'Claire',
    lastName: 'Martin',
    email: 'claire.martin@example.org',
    mobile: null,
    mobileVerified: false,
    passwordKind: PasswordKind.Personal,
    passwordSetAt: new Date('2026-01-01T00:00:00Z'),
    passwordExpiresAt: null,
    passwordCheck: null,
    passwordChangeReason: null,
    locked: false,
    language: 'fr',
  };
  const policy: WorkspacePolicy = {
    mode: 'enforce',
    rules: { ...CNIL_2022, historySize: 3 },
    version: 4,
    updatedAt: null,
    updatedBy: null,
  };
  const evaluation = (unmet: string[] = []): PasswordEvaluation => ({
    ok: unmet.length === 0,
    complete: true,
    results: [
      {
        rule: 'min-length',
        met: !unmet.includes('min-length'),
        params: { min: 12, length: 20, withSecondFactor: false },
      },
      { rule: 'not-common', met: !unmet.includes('not-common'), params: { pending: false } },
    ],
    score: 4,
    entropyBits: 71.234,
    compositionBits: 90,
    realisticBits: 71.234,
  });

  let evaluate: jest.Mock;
  let verify: jest.Mock;
  let hash: jest.Mock;
  let recent: jest.Mock;
  let push: jest.Mock;
  let setPassword: jest.Mock;
  let newPasswords: NewPasswords;

  beforeEach(() => {
    evaluate = jest.fn(() => evaluation());
    verify = jest.fn(async () => false);
    hash = jest.fn(async (password: string) => `$argon2id$hash-of-${password}`);
    recent = jest.fn(async () => ['$argon2id$previous-1', '$argon2id$previous-2']);
    push = jest.fn(async () => undefined);
    setPassword = jest.fn(async () => '$argon2id$replaced');
    const credentials: AccountCredentials = { ...account, passwordHash: '$argon2id$current' };
    newPasswords = new NewPasswords(
      { of: jest.fn(async () => policy) } as unknown as PasswordPolicies,
      {
        evaluate,
        temporaryPassword: jest.fn(() => 'Tmp#2345abcdEFGH'),
      } as unknown as PasswordEvaluator,
      {
        findCredentialsById: jest.fn(async () => credentials),
        setPassword,
      } as unknown as Accounts,
      { recent, push } as unknown as PasswordHistoryRepository,
      { hash, verify } as unknown as PasswordHasher,
    );
  });

  const subject = { account, workspace, hasSecondFactor: true };

  it('judges the composed form with the user context, hashes it and records the check under the policy version', async () => {
    const decomposed = 'Cafe\u0301-Tulipe-Orage-42';
    await expect(newPasswords.judge(decomposed, subject)).resolves.toEqual({
      accepted: true,
      passwordHash: '$argon2id$hash-of-Café-Tulipe-Orage-42',
      check: {
        policyVersion: 4,
        meetsPolicy: true,
        unmetRules: [],
        score: 4,
        entropyBits: 71.2,
        // The same key a sign-in computes for this context, so it will not evaluate again.
        key: checkKeyOf(4, passwordContextOf(subject)),
      },
    });
    expect(evaluate).toHaveBeenCalledWith(
      'Café-Tulipe-Orage-42',
      policy.rules,
      expect.objectContaining({
        workspaceName: 'Cabinet Demo',
        lastName: 'Martin',
        email: 'claire.martin@example.org',
        accessCode: '25350001',
        hasSecondFactor: true,
      }),
    );
    // The current hash first, then the history, as many as the policy keeps.
    expect(recent).toHaveBeenCalledWith(account.id, 2);
    expect(verify.mock.calls.map(([stored]) => stored)).toEqual([
      '$argon2id$current',
      '$argon2id$previous-1',
      '$argon2id$previous-2',
    ]);
  });

  it('refuses with the unmet rules, spending no hashing on the history or the new password', async () => {
    evaluate.mockReturnValue(evaluation(['not-common']));
    await expect(newPasswords.judge('Motdepasse123!', subject)).resolves.toEqual({
      accepted: false,
      unmetRules: ['not-common'],
    });
    expect(verify).not.toHaveBeenCalled();
    expect(hash).not.toHaveBeenCalled();
  });

  it('refuses a recent password, stopping at the first match', async () => {
    verify.mockImplementation(async (stored: string) => stored === '$argon2id$previous-1');
    await expect(newPasswords.judge('Tulipe-Orage-Vermeil-42', subject)).resolves.toEqual({
      accepted: false,
      unmetRules: ['not-recent'],
    });
    expect(verify).toHaveBeenCalledTimes(2);
    expect(hash).not.toHaveBeenCalled();
  });

  it('stores the password and keeps the hash it replaced in the history', async () => {
    const check = {
      policyVersion: 4,
      meetsPolicy: true,
      unmetRules: [],
      score: 4,
      entropyBits: 71,
      key: null,
    };
    await newPasswords.store(
      account.id,
      { passwordHash: '$argon2id$new', check },
      {
        kind: PasswordKind.Personal,
      },
    );
    expect(setPassword).toHaveBeenCalledWith({
      accountId: account.id,
      passwordHash: '$argon2id$new',
      check,
      kind: PasswordKind.Personal,
      expiresAt: null,
      email: null,
      termsAcceptedAt: null,
    });
    expect(push).toHaveBeenCalledWith(account.id, '$argon2id$replaced', 23);
    setPassword.mockResolvedValue(null);
    push.mockClear();
    await newPasswords.store(
      account.id,
      { passwordHash: '$argon2id$first', check },
      {
        kind: PasswordKind.Personal,
      },
    );
    expect(push).not.toHaveBeenCalled();
  });

  it('issues a temporary password valid 72 hours, hashed, with its check', async () => {
    const now = new Date('2026-11-30T12:00:00Z');
    const issued = await newPasswords.issueTemporary(subject, now);
    expect(issued).toEqual({
      password: 'Tmp#2345abcdEFGH',
      passwordHash: '$argon2id$hash-of-Tmp#2345abcdEFGH',
      check: expect.objectContaining({ policyVersion: 4, meetsPolicy: true }),
      expiresAt: new Date('2026-12-03T12:00:00Z'),
    });
  });
});
