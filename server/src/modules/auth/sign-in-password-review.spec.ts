import { AuditEventKind, PasswordKind, Role } from '@guichet/contracts';
import { CNIL_2022, type PasswordEvaluation } from '@guichet/password-policy';
import type { Account } from '../accounts/account';
import type { Accounts } from '../accounts/accounts';
import type { AuditLog } from '../audit/audit-log';
import type { PasswordEvaluator } from '../password-policy/password-evaluator';
import type { PasswordPolicies } from '../password-policy/password-policies';
import type { WorkspacePolicy } from '../password-policy/workspace-password-policy';
import type { Workspace } from '../workspaces/workspace';
import { checkKeyOf } from '../password-policy/password-standing';
import { passwordContextOf } from '../password-policy/password-subject';
import { SignInPasswordReview } from './sign-in-password-review';

describe(SignInPasswordReview.name, () => {
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
    accessCode: 'GEST0001',
    role: Role.Staff,
    civility: null,
    firstName: 'Camille',
    lastName: 'Gestionnaire',
    email: null,
    mobile: null,
    mobileVerified: false,
    passwordKind: PasswordKind.Personal,
    passwordSetAt: new Date(),
    passwordExpiresAt: null,
    passwordCheck: null,
    passwordChangeReason: null,
    locked: false,
    language: 'fr',
  };
  const weak: PasswordEvaluation = {
    ok: false,
    complete: true,
    results: [
      { rule: 'no-context-words', met: false, params: { minWordLength: 4, found: ['workspace'] } },
    ],
    score: 4,
    entropyBits: 56.2,
    compositionBits: 100,
    realisticBits: 56.2,
  };
  let mode: WorkspacePolicy['mode'];
  let evaluate: jest.Mock;
  let recordPasswordCheck: jest.Mock;
  let record: jest.Mock;
  let review: SignInPasswordReview;

  beforeEach(() => {
    mode = 'enforce';
    evaluate = jest.fn(() => weak);
    recordPasswordCheck = jest.fn(async () => undefined);
    record = jest.fn(async () => undefined);
    review = new SignInPasswordReview(
      {
        of: jest.fn(async () => ({
          mode,
          rules: CNIL_2022,
          version: 2,
          updatedAt: null,
          updatedBy: null,
        })),
      } as unknown as PasswordPolicies,
      { evaluate } as unknown as PasswordEvaluator,
      { recordPasswordCheck } as unknown as Accounts,
      { record } as unknown as AuditLog,
    );
  });

  const key = checkKeyOf(2, passwordContextOf({ account, workspace, hasSecondFactor: false }));
  const check = {
    policyVersion: 2,
    meetsPolicy: false,
    unmetRules: ['no-context-words'],
    score: 4,
    entropyBits: 56.2,
    key,
  };

  it('in enforce mode records the check, requires a change and audits it once', async () => {
    const reviewed = await review.review(
      account,
      workspace,
      'Demo-Gestion-2026!',
      false,
      '203.0.113.9',
    );
    expect(recordPasswordCheck).toHaveBeenCalledWith(account.id, check, 'weak');
    expect(reviewed).toEqual({
      account: { ...account, passwordCheck: check, passwordChangeReason: 'weak' },
      warning: null,
    });
    expect(record).toHaveBeenCalledWith(
      expect.objectContaining({ kind: AuditEventKind.PasswordChangeRequired, actorId: account.id }),
    );
    // Already flagged (an admin's repair): the flag stays as it was, nothing more to audit.
    record.mockClear();
    const flagged = await review.review(
      { ...account, passwordChangeReason: 'repair' },
      workspace,
      'Demo-Gestion-2026!',
      false,
      '203.0.113.9',
    );
    expect(flagged.account.passwordChangeReason).toBe('repair');
    expect(record).not.toHaveBeenCalled();
  });

  it('in warn mode records the check and warns; in off mode only records it', async () => {
    mode = 'warn';
    const warned = await review.review(
      account,
      workspace,
      'Demo-Gestion-2026!',
      false,
      '203.0.113.9',
    );
    expect(recordPasswordCheck).toHaveBeenLastCalledWith(account.id, check, null);
    expect(warned.warning).toEqual({
      reasons: ['weak'],
      unmetRules: ['no-context-words'],
      expiresAt: null,
    });
    mode = 'off';
    const quiet = await review.review(
      account,
      workspace,
      'Demo-Gestion-2026!',
      false,
      '203.0.113.9',
    );
    expect(quiet.warning).toBeNull();
    expect(quiet.account.passwordChangeReason).toBeNull();
    expect(recordPasswordCheck).toHaveBeenCalledTimes(2);
    expect(record).not.toHaveBeenCalled();
  });

  it('reuses the recorded check while the policy version and the context stay the same', async () => {
    mode = 'warn';
    const checked = { ...account, passwordCheck: check };
    const again = await review.review(checked, workspace, 'Demo-Gestion-2026!', false, '::1');
    expect(evaluate).not.toHaveBeenCalled();
    expect(recordPasswordCheck).not.toHaveBeenCalled();
    expect(again.warning?.reasons).toEqual(['weak']);

    // In enforce mode the recorded failure still requires the change, and that flag is stored.
    mode = 'enforce';
    const enforced = await review.review(checked, workspace, 'Demo-Gestion-2026!', false, '::1');
    expect(evaluate).not.toHaveBeenCalled();
    expect(recordPasswordCheck).toHaveBeenCalledWith(account.id, check, 'weak');
    expect(enforced.account.passwordChangeReason).toBe('weak');

    // A second factor turned on changes the context (NIST's shorter minimum): evaluated again.
    await review.review(checked, workspace, 'Demo-Gestion-2026!', true, '::1');
    expect(evaluate).toHaveBeenCalledTimes(1);
    // So does a renamed firm, whose name is a context word.
    await review.review(checked, { ...workspace, name: 'Cabinet Nouveau' }, 'x', false, '::1');
    expect(evaluate).toHaveBeenCalledTimes(2);
  });

  it('leaves legacy and temporary passwords to their own steps', async () => {
    for (const passwordKind of [PasswordKind.Legacy, PasswordKind.Temporary]) {
      const other = { ...account, passwordKind };
      await expect(review.review(other, workspace, 'x', false, '203.0.113.9')).resolves.toEqual({
        account: other,
        warning: null,
      });
    }
    expect(evaluate).not.toHaveBeenCalled();
    expect(recordPasswordCheck).not.toHaveBeenCalled();
  });
});
