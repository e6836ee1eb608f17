import { policyWarningMessage } from './messages';
import {
  CNIL_2022,
  DEFAULT_PASSWORD_POLICY,
  effectiveMinLength,
  NIST_800_63B,
  PASSWORD_POLICY_PRESETS,
  SEED_002_CLASSIC,
} from './policy';
import { guaranteedEntropyBits, policyWarnings } from './policy-warnings';

describe('presets', () => {
  it('defaults to CNIL 2022: 12 characters, 2 classes, 50 bits, score 3, no expiry', () => {
    expect(DEFAULT_PASSWORD_POLICY).toBe(CNIL_2022);
    expect(CNIL_2022).toEqual({
      preset: 'cnil-2022',
      minLength: 12,
      maxLength: 128,
      requiredClasses: 2,
      minEntropyBits: 50,
      minScore: 3,
      blockList: true,
      historySize: 5,
      maxAgeDays: null,
      minLengthWithSecondFactor: null,
    });
  });

  it('keeps seed 002 classic: 8 characters, 3 of 4 classes, 90 days', () => {
    expect(SEED_002_CLASSIC).toMatchObject({ minLength: 8, requiredClasses: 3, maxAgeDays: 90 });
  });

  it('follows NIST 800-63B: 15 characters, 8 with a second factor, no composition, no expiry', () => {
    expect(NIST_800_63B).toMatchObject({
      minLength: 15,
      minLengthWithSecondFactor: 8,
      requiredClasses: 0,
      maxAgeDays: null,
      blockList: true,
    });
    expect(effectiveMinLength(NIST_800_63B, false)).toBe(15);
    expect(effectiveMinLength(NIST_800_63B, true)).toBe(8);
    expect(effectiveMinLength(CNIL_2022, true)).toBe(12);
  });

  it('names each preset by its key and cannot be changed by accident', () => {
    for (const [name, policy] of Object.entries(PASSWORD_POLICY_PRESETS)) {
      expect(policy.preset).toBe(name);
      expect(Object.isFrozen(policy)).toBe(true);
    }
  });
});

describe('policyWarnings', () => {
  it('computes the 47.6 bits of seed 002 classic and warns that it is under the CNIL 50', () => {
    expect(guaranteedEntropyBits(SEED_002_CLASSIC)).toBeCloseTo(8 * Math.log2(62), 10);
    const warnings = policyWarnings(SEED_002_CLASSIC);
    expect(warnings[0]).toEqual({
      code: 'below-cnil-entropy',
      minLength: 8,
      requiredClasses: 3,
      guaranteedBits: guaranteedEntropyBits(SEED_002_CLASSIC),
      cnilBits: 50,
    });
    expect(policyWarningMessage(warnings[0], 'fr')).toBe(
      "8 caractères de 3 types ≈ 47,6 bits d'entropie au minimum, sous les 50 bits recommandés par la CNIL (2022).",
    );
    expect(policyWarningMessage(warnings[0], 'en')).toBe(
      '8 characters of 3 kinds ≈ 47.6 bits of entropy at least, under the 50 bits the CNIL recommends (2022).',
    );
  });

  it('warns against the 90-day forced change', () => {
    const warning = policyWarnings(SEED_002_CLASSIC)[1];
    expect(warning).toEqual({ code: 'periodic-expiry', maxAgeDays: 90 });
    expect(policyWarningMessage(warning, 'fr')).toBe(
      "Un changement forcé tous les 90 jours n'est plus recommandé (CNIL 2022, NIST) : les utilisateurs choisissent alors des variantes prévisibles.",
    );
    expect(policyWarningMessage(warning, 'en')).toBe(
      'A forced change every 90 days is no longer recommended (CNIL 2022, NIST): users then pick predictable variations.',
    );
  });

  it('has nothing to say about CNIL 2022, whose minimum guarantees 62 bits', () => {
    expect(guaranteedEntropyBits(CNIL_2022)).toBeCloseTo(12 * Math.log2(36), 10);
    expect(policyWarnings(CNIL_2022)).toEqual([]);
  });

  it('notes that NIST without classes allows 15 digits (49.8 bits)', () => {
    const [warning] = policyWarnings(NIST_800_63B);
    expect(warning).toMatchObject({ code: 'below-cnil-entropy', minLength: 15 });
    expect(policyWarningMessage(warning, 'fr')).toBe(
      "15 caractères sans règle de composition ≈ 49,8 bits d'entropie au minimum, sous les 50 bits recommandés par la CNIL (2022).",
    );
    expect(policyWarningMessage(warning, 'en')).toBe(
      '15 characters with no composition rule ≈ 49.8 bits of entropy at least, under the 50 bits the CNIL recommends (2022).',
    );
  });
});
