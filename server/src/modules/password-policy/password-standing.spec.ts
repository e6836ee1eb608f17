import { PasswordKind } from '@guichet/contracts';
import { CNIL_2022, SEED_002_CLASSIC } from '@guichet/password-policy';
import type { PasswordCheck, PasswordStanding } from '../accounts/account';
import {
  changeRequiredAtSignIn,
  complianceReasonsOf,
  passwordWarningOf,
  requiredChangeOf,
} from './password-standing';
import type { WorkspacePolicy } from './workspace-password-policy';

const DAY = 86_400_000;
const now = new Date('2026-11-30T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

const policy = (changes: Partial<WorkspacePolicy> = {}): WorkspacePolicy => ({
  mode: 'enforce',
  rules: CNIL_2022,
  version: 3,
  updatedAt: null,
  updatedBy: null,
  ...changes,
});
const check = (changes: Partial<PasswordCheck> = {}): PasswordCheck => ({
  policyVersion: 3,
  meetsPolicy: true,
  unmetRules: [],
  score: 4,
  entropyBits: 80,
  key: null,
  ...changes,
});
type Standing = Pick<
  PasswordStanding,
  'passwordKind' | 'passwordSetAt' | 'passwordCheck' | 'passwordChangeReason'
>;
const standing = (changes: Partial<Standing> = {}): Standing => ({
  passwordKind: PasswordKind.Personal,
  passwordSetAt: daysAgo(10),
  passwordCheck: check(),
  passwordChangeReason: null,
  ...changes,
});

describe('password standing', () => {
  describe(complianceReasonsOf.name, () => {
    it('finds nothing to say of a password checked against the current version that met it', () => {
      expect(complianceReasonsOf(standing(), policy(), now)).toEqual([]);
    });

    it('names legacy and temporary passwords for what they are, whatever else is known', () => {
      expect(
        complianceReasonsOf(standing({ passwordKind: PasswordKind.Legacy }), policy(), now),
      ).toEqual(['legacy-hash']);
      expect(
        complianceReasonsOf(standing({ passwordKind: PasswordKind.Temporary }), policy(), now),
      ).toEqual(['temporary']);
    });

    it('says never-changed of a password no check was ever recorded for', () => {
      expect(complianceReasonsOf(standing({ passwordCheck: null }), policy(), now)).toEqual([
        'never-changed',
      ]);
    });

    it('says older-policy for an older version, and weak-score when its figures are under the current minimums', () => {
      const older = standing({ passwordCheck: check({ policyVersion: 2 }) });
      expect(complianceReasonsOf(older, policy(), now)).toEqual(['older-policy']);
      const weakOlder = standing({ passwordCheck: check({ policyVersion: 2, score: 2 }) });
      expect(complianceReasonsOf(weakOlder, policy(), now)).toEqual(['older-policy', 'weak-score']);
      const lowEntropy = standing({
        passwordCheck: check({ policyVersion: 2, entropyBits: 49.9 }),
      });
      expect(complianceReasonsOf(lowEntropy, policy(), now)).toEqual([
        'older-policy',
        'weak-score',
      ]);
      const failed = standing({ passwordCheck: check({ meetsPolicy: false }) });
      expect(complianceReasonsOf(failed, policy(), now)).toEqual(['weak-score']);
    });

    it('says too-old from the moment the password is maxAgeDays old, not a day before', () => {
      const classic = policy({ rules: SEED_002_CLASSIC });
      expect(complianceReasonsOf(standing({ passwordSetAt: daysAgo(89) }), classic, now)).toEqual(
        [],
      );
      expect(complianceReasonsOf(standing({ passwordSetAt: daysAgo(90) }), classic, now)).toEqual([
        'too-old',
      ]);
      // CNIL 2022 has no maximum age.
      expect(complianceReasonsOf(standing({ passwordSetAt: daysAgo(900) }), policy(), now)).toEqual(
        [],
      );
    });
  });

  describe(changeRequiredAtSignIn.name, () => {
    it('requires a change only in enforce mode: weak first, then expired', () => {
      const weak = check({ meetsPolicy: false, unmetRules: ['not-common'] });
      const old = standing({ passwordSetAt: daysAgo(120) });
      const classic = policy({ rules: SEED_002_CLASSIC });
      expect(changeRequiredAtSignIn(old, weak, classic, now)).toBe('weak');
      expect(changeRequiredAtSignIn(old, check(), classic, now)).toBe('expired');
      expect(changeRequiredAtSignIn(standing(), check(), classic, now)).toBeNull();
      for (const mode of ['off', 'warn'] as const) {
        expect(changeRequiredAtSignIn(old, weak, { ...classic, mode }, now)).toBeNull();
      }
    });
  });

  describe(passwordWarningOf.name, () => {
    it('warns in warn mode only, of what the last check and the age say', () => {
      const weakAndOld = standing({
        passwordSetAt: daysAgo(100),
        passwordCheck: check({ meetsPolicy: false, unmetRules: ['min-length'] }),
      });
      const classic = policy({ mode: 'warn', rules: SEED_002_CLASSIC });
      expect(passwordWarningOf(weakAndOld, classic, now)).toEqual({
        reasons: ['weak', 'expired'],
        unmetRules: ['min-length'],
        expiresAt: daysAgo(10).toISOString(),
      });
      expect(passwordWarningOf(weakAndOld, { ...classic, mode: 'enforce' }, now)).toBeNull();
      expect(passwordWarningOf(weakAndOld, { ...classic, mode: 'off' }, now)).toBeNull();
      expect(passwordWarningOf(standing(), policy({ mode: 'warn' }), now)).toBeNull();
    });

    it('does not call a check against an older version weak: it is unknown', () => {
      const older = standing({ passwordCheck: check({ policyVersion: 1, meetsPolicy: false }) });
      expect(passwordWarningOf(older, policy({ mode: 'warn' }), now)).toBeNull();
    });
  });

  describe(requiredChangeOf.name, () => {
    it('sends temporary and flagged passwords to the change step, legacy ones to their migration', () => {
      expect(requiredChangeOf(standing({ passwordKind: PasswordKind.Temporary }))).toBe(
        'temporary',
      );
      expect(requiredChangeOf(standing({ passwordChangeReason: 'repair' }))).toBe('repair');
      expect(
        requiredChangeOf(
          standing({ passwordKind: PasswordKind.Legacy, passwordChangeReason: 'repair' }),
        ),
      ).toBeNull();
      expect(requiredChangeOf(standing())).toBeNull();
    });
  });
});
