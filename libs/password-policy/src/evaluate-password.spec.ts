import { evaluatePassword } from './evaluate-password';
import { loadDictionaries } from './load-dictionaries';
import type { PasswordContext } from './password-context';
import type { PasswordDictionaries } from './password-dictionaries';
import type { PasswordEvaluation, PasswordRuleId, PasswordRuleResult } from './password-rule';
import { CNIL_2022, NIST_800_63B, SEED_002_CLASSIC, type PasswordPolicy } from './policy';

let dictionaries: PasswordDictionaries;

beforeAll(async () => {
  dictionaries = await loadDictionaries();
});

function evaluate(password: string, policy: PasswordPolicy, context: PasswordContext = {}) {
  return evaluatePassword(password, policy, context, dictionaries);
}

function rule<R extends PasswordRuleId>(evaluation: PasswordEvaluation, id: R) {
  const result = evaluation.results.find((candidate) => candidate.rule === id);
  if (!result) throw new Error(`rule ${id} not reported`);
  return result as Extract<PasswordRuleResult, { rule: R }>;
}

const met = (
  password: string,
  policy: PasswordPolicy,
  id: PasswordRuleId,
  context?: PasswordContext,
) => rule(evaluate(password, policy, context), id).met;

// Random-looking passwords that no list or pattern recognises, of 12 and 15 characters.
const STRONG_12 = 'Kx9#mLp2$vQz';
const STRONG_15 = 'Kx9#mLp2$vQz7Wd';

describe('evaluatePassword: length', () => {
  it('seed 002 classic needs 8 characters: 7 fail, 8 pass', () => {
    expect(met('xK7qP2m', SEED_002_CLASSIC, 'min-length')).toBe(false);
    expect(met('xK7qP2mZ', SEED_002_CLASSIC, 'min-length')).toBe(true);
  });

  it('CNIL 2022 needs 12 characters: 11 fail, 12 pass, with or without a second factor', () => {
    expect(met(STRONG_12.slice(0, 11), CNIL_2022, 'min-length')).toBe(false);
    expect(met(STRONG_12, CNIL_2022, 'min-length')).toBe(true);
    expect(met(STRONG_12.slice(0, 11), CNIL_2022, 'min-length', { hasSecondFactor: true })).toBe(
      false,
    );
  });

  it('NIST needs 15 characters alone (14 fail) and 8 with a second factor (7 fail)', () => {
    expect(met(STRONG_15.slice(0, 14), NIST_800_63B, 'min-length')).toBe(false);
    expect(met(STRONG_15, NIST_800_63B, 'min-length')).toBe(true);
    const withTwoFactors = { hasSecondFactor: true };
    expect(met('xK7qP2m', NIST_800_63B, 'min-length', withTwoFactors)).toBe(false);
    const eight = rule(evaluate('xK7qP2mZ', NIST_800_63B, withTwoFactors), 'min-length');
    expect(eight).toEqual({
      rule: 'min-length',
      met: true,
      params: { min: 8, length: 8, withSecondFactor: true },
    });
  });

  it('counts characters as a person does: an emoji or an accented letter is one', () => {
    const evaluation = evaluate('éèàçù🔑🔑🔑🔑🔑Ab', CNIL_2022);
    expect(rule(evaluation, 'min-length').params.length).toBe(12);
    expect(rule(evaluation, 'min-length').met).toBe(true);
  });

  it('reads a decomposed accent (e + U+0301) as one lower-case letter', () => {
    const evaluation = evaluate('Re\u0301sume\u0301-2024', SEED_002_CLASSIC);
    expect(rule(evaluation, 'min-length').params.length).toBe(11);
    expect(rule(evaluation, 'character-classes').params.present).toEqual([
      'lower',
      'upper',
      'digit',
      'symbol',
    ]);
  });

  it('refuses more than the maximum length (128 characters)', () => {
    const base = 'Kx9#mLp2'.repeat(16);
    expect(met(base, CNIL_2022, 'max-length')).toBe(true);
    expect(met(`${base}x`, CNIL_2022, 'max-length')).toBe(false);
  });

  it('answers a pasted megabyte, looking at its first 128 characters for words', () => {
    const huge = `motdepasse${'x'.repeat(1_000_000)}`;
    const evaluation = evaluate(huge, CNIL_2022);
    expect(rule(evaluation, 'max-length')).toMatchObject({
      met: false,
      params: { length: 1_000_010 },
    });
    expect(evaluation.ok).toBe(false);
  });
});

describe('evaluatePassword: character classes', () => {
  it('seed 002 classic needs 3 of the 4 classes: 2 fail, 3 pass, whichever three', () => {
    expect(met('xk7qp2mz', SEED_002_CLASSIC, 'character-classes')).toBe(false);
    expect(met('XK7QP2MZ', SEED_002_CLASSIC, 'character-classes')).toBe(false);
    expect(met('xK7qP2mz', SEED_002_CLASSIC, 'character-classes')).toBe(true);
    expect(met('xk7#p2mz', SEED_002_CLASSIC, 'character-classes')).toBe(true);
    expect(met('XK7#P2MZ', SEED_002_CLASSIC, 'character-classes')).toBe(true);
    expect(met('xK#qP!mz', SEED_002_CLASSIC, 'character-classes')).toBe(true);
  });

  it('CNIL 2022 needs 2 classes: one fails, two pass', () => {
    expect(met('kxqmlpvqzwdr', CNIL_2022, 'character-classes')).toBe(false);
    expect(met('kx9qml2pvqzw', CNIL_2022, 'character-classes')).toBe(true);
  });

  it('counts accented letters as letters of their case and anything else as a symbol', () => {
    const evaluation = evaluate('ÉCOLE école 🔑', SEED_002_CLASSIC);
    expect(rule(evaluation, 'character-classes').params.present).toEqual([
      'lower',
      'upper',
      'symbol',
    ]);
  });

  it('NIST has no composition rule: the checklist does not show one', () => {
    const rules = evaluate(STRONG_15, NIST_800_63B).results.map((result) => result.rule);
    expect(rules).not.toContain('character-classes');
    expect(rules).not.toContain('strength-score');
    expect(rules).not.toContain('min-entropy');
    expect(rules).toEqual(['min-length', 'max-length', 'not-common', 'no-context-words']);
  });
});

describe('evaluatePassword: block-list', () => {
  it.each([
    ['motdepasse', 'lower case'],
    ['MOTDEPASSE', 'upper case'],
    ['MotDePasse', 'mixed case'],
    ['Mot-de-passe', 'with separators'],
    ['Motdepasse123!', 'with digits and a symbol after'],
    ['2024!Azerty', 'with digits and a symbol before'],
    ['Sécurité2024', 'with accents'],
    ['azertyazerty', 'repeated'],
  ])('refuses a common password in any form: %s (%s)', (password) => {
    expect(met(password, CNIL_2022, 'not-common')).toBe(false);
  });

  it.each([
    ['p@ssword', '@ → a'],
    ['4zerty123', '4 → a'],
    ['passw0rd', '0 → o'],
    ['B1envenue!', '1 → i'],
    ['So1ei1-2024', '1 → l'],
    ['s0l3il2024', '3 → e'],
    ['5oleil2024', '5 → s'],
    ['Chocola7!!', '7 → t'],
    ['$ecret2024', '$ → s'],
    ['P@$$W0RD', 'several at once, upper case'],
  ])('refuses a common password written in leetspeak: %s (%s)', (password) => {
    expect(met(password, CNIL_2022, 'not-common')).toBe(false);
  });

  it('refuses single words of the zxcvbn lists: French words, first and last names', () => {
    expect(met('Papillon2024!', CNIL_2022, 'not-common')).toBe(false);
    expect(met('Bibliothèque#1', CNIL_2022, 'not-common')).toBe(false);
    expect(met('Nicolas1985', CNIL_2022, 'not-common')).toBe(false);
    expect(met('iloveyou', CNIL_2022, 'not-common')).toBe(false);
  });

  it('accepts what is not one common word', () => {
    expect(met(STRONG_12, CNIL_2022, 'not-common')).toBe(true);
    expect(met('Papillon bleu sur le toit', CNIL_2022, 'not-common')).toBe(true);
  });
});

describe('evaluatePassword: context words', () => {
  const context: PasswordContext = {
    workspaceName: 'Cabinet Lefèvre & Associés',
    workspaceCode: 'lefevre',
    firstName: 'Jean-Pierre',
    lastName: 'Durandal',
    email: 'jp.durandal@fiduciaire-azur.fr',
    accessCode: 'GEST0042',
  };

  it.each([
    ['Durandal#2024xyz', 'last name'],
    ['DURANDAL#2024xyz', 'last name in upper case'],
    ['Dur4nd@l#2024xyz', 'last name in leetspeak'],
    ['Xq#jeanpierre88', 'first name joined'],
    ['Pierre!Xq9zWm2k', 'part of the first name'],
    ['Lefevre!Xq9zWm2k', 'firm name without its accent'],
    ['Xq9zWm2k-Associés', 'another word of the firm name'],
    ['Azur!Xq9zWm2k77', 'e-mail domain word'],
    ['Fiduciaire-Azur!9', 'e-mail domain'],
    ['gest0042!Xq9zWm2k', 'access code'],
  ])('refuses %s (%s)', (password) => {
    const result = rule(evaluate(password, CNIL_2022, context), 'no-context-words');
    expect(result.met).toBe(false);
  });

  it('says where the word comes from, without repeating the word', () => {
    const result = rule(evaluate('Durandal#Lefevre', CNIL_2022, context), 'no-context-words');
    expect(result.params).toEqual({ minWordLength: 4, found: ['workspace', 'name'] });
  });

  it('ignores words shorter than 4 characters and the top-level domain', () => {
    const short = { firstName: 'Léa', lastName: 'Roy', email: 'lea@roy.fr' };
    expect(met('Lea!Roy#fr-Xq9z', CNIL_2022, 'no-context-words', short)).toBe(true);
    expect(met('LeaRoy!Xq9zWm2k', CNIL_2022, 'no-context-words', short)).toBe(false);
  });

  it('accepts a password without the context words', () => {
    expect(met(STRONG_12, CNIL_2022, 'no-context-words', context)).toBe(true);
  });
});

describe('evaluatePassword: strength and entropy', () => {
  it('reports zxcvbn score and refuses under the minimum (CNIL: 3)', () => {
    const weak = evaluate('Vendredi13!Ok', CNIL_2022);
    expect(weak.score).toBe(2);
    expect(rule(weak, 'strength-score')).toEqual({
      rule: 'strength-score',
      met: false,
      params: { min: 3, score: 2, pending: false },
    });
    expect(evaluate(STRONG_12, CNIL_2022).score).toBe(4);
  });

  it('computes the composition figure as length × log2(alphabet of the classes present)', () => {
    expect(evaluate('xK7qP2mZ', SEED_002_CLASSIC).compositionBits).toBeCloseTo(8 * Math.log2(62));
    expect(evaluate(STRONG_12, CNIL_2022).compositionBits).toBeCloseTo(12 * Math.log2(95));
    expect(evaluate('123456789012', CNIL_2022).compositionBits).toBeCloseTo(12 * Math.log2(10));
  });

  it('rates a random password about as the composition model does', () => {
    const evaluation = evaluate(STRONG_12, CNIL_2022);
    expect(evaluation.realisticBits).not.toBeNull();
    expect(evaluation.realisticBits!).toBeGreaterThan(70);
    expect(evaluation.realisticBits!).toBeLessThanOrEqual(evaluation.compositionBits + 0.5);
    expect(rule(evaluation, 'min-entropy').met).toBe(true);
  });

  it('uses the lower figure: a word and a year are worth little whatever their classes', () => {
    const evaluation = evaluate('Soleil2024!!', CNIL_2022);
    expect(evaluation.compositionBits).toBeCloseTo(78.8, 1);
    expect(evaluation.realisticBits!).toBeLessThan(40);
    expect(evaluation.entropyBits).toBe(evaluation.realisticBits);
    expect(rule(evaluation, 'min-entropy')).toMatchObject({
      met: false,
      params: { min: 50, bits: evaluation.realisticBits, pending: false },
    });
  });

  it('counts the words of a phrase as words, not as random characters', () => {
    const short = evaluate('le chat et moi', CNIL_2022);
    expect(short.realisticBits!).toBeLessThan(50);
    expect(rule(short, 'min-entropy').met).toBe(false);
    expect(evaluate("J'aime les pommes vertes du verger", CNIL_2022).ok).toBe(true);
  });

  it('refuses a password of 12 digits under CNIL 2022 (39.9 bits)', () => {
    const evaluation = evaluate('830591746284', CNIL_2022);
    expect(evaluation.entropyBits).toBeLessThan(40);
    expect(rule(evaluation, 'min-entropy').met).toBe(false);
  });

  it('evaluates a 64-character password (zxcvbn reads its first 40 characters)', () => {
    const long = 'Tr0ub4dor&3aZ9!kLmN0pQrStUvWxYz12345678901234567890abcdefghijklm';
    const evaluation = evaluate(long, CNIL_2022);
    expect(evaluation.ok).toBe(true);
    expect(evaluation.score).toBe(4);
  });
});

describe('evaluatePassword: overall', () => {
  it('accepts a good password under each preset', () => {
    expect(evaluate(STRONG_12, CNIL_2022).ok).toBe(true);
    expect(evaluate('xK7#qP2m', SEED_002_CLASSIC).ok).toBe(true);
    expect(evaluate(STRONG_15, NIST_800_63B).ok).toBe(true);
    expect(evaluate('correct horse battery staple', NIST_800_63B).ok).toBe(true);
  });

  it('lists the rules in checklist order', () => {
    expect(evaluate(STRONG_12, CNIL_2022).results.map((result) => result.rule)).toEqual([
      'min-length',
      'max-length',
      'character-classes',
      'not-common',
      'no-context-words',
      'strength-score',
      'min-entropy',
    ]);
  });

  it('leaves the dictionary rules pending until the dictionaries are loaded', () => {
    const evaluation = evaluatePassword(STRONG_12, CNIL_2022);
    expect(evaluation).toMatchObject({
      ok: false,
      complete: false,
      score: null,
      realisticBits: null,
    });
    expect(evaluation.entropyBits).toBe(evaluation.compositionBits);
    expect(rule(evaluation, 'not-common')).toEqual({
      rule: 'not-common',
      met: false,
      params: { pending: true },
    });
    expect(rule(evaluation, 'min-length').met).toBe(true);
    expect(rule(evaluation, 'no-context-words').met).toBe(true);
  });

  it('gives an empty password nothing', () => {
    const evaluation = evaluate('', CNIL_2022);
    expect(evaluation).toMatchObject({ ok: false, score: 0, entropyBits: 0 });
  });
});
