import { messageOf, type MessageLanguage } from './messages';
import type { PasswordRuleResult } from './password-rule';

function both(result: PasswordRuleResult): Record<MessageLanguage, string> {
  return { fr: messageOf(result, 'fr'), en: messageOf(result, 'en') };
}

describe('messageOf', () => {
  it('states the minimum length, and when a second factor lowers it', () => {
    expect(
      both({
        rule: 'min-length',
        met: false,
        params: { min: 12, length: 3, withSecondFactor: false },
      }),
    ).toEqual({ fr: 'Au moins 12 caractères', en: 'At least 12 characters' });
    expect(
      both({
        rule: 'min-length',
        met: true,
        params: { min: 8, length: 9, withSecondFactor: true },
      }),
    ).toEqual({
      fr: 'Au moins 8 caractères (double authentification activée)',
      en: 'At least 8 characters (two-step verification on)',
    });
  });

  it('states the maximum length', () => {
    expect(both({ rule: 'max-length', met: true, params: { max: 128, length: 12 } })).toEqual({
      fr: 'Au plus 128 caractères',
      en: 'At most 128 characters',
    });
  });

  it('states the classes rule for 1, 3 and 4 classes', () => {
    const classes = (required: number): PasswordRuleResult => ({
      rule: 'character-classes',
      met: false,
      params: { required, present: [] },
    });
    expect(both(classes(3))).toEqual({
      fr: '3 types de caractères parmi minuscules, majuscules, chiffres et symboles',
      en: '3 kinds of characters among lower case, upper case, digits and symbols',
    });
    expect(both(classes(1))).toEqual({
      fr: '1 type de caractères parmi minuscules, majuscules, chiffres et symboles',
      en: '1 kind of characters among lower case, upper case, digits and symbols',
    });
    expect(both(classes(4))).toEqual({
      fr: 'Des minuscules, des majuscules, des chiffres et des symboles',
      en: 'Lower case, upper case, digits and symbols',
    });
  });

  it('states the block-list and context-words rules', () => {
    expect(both({ rule: 'not-common', met: true, params: { pending: false } })).toEqual({
      fr: "N'est pas un mot de passe courant",
      en: 'Is not a common password',
    });
    expect(
      both({ rule: 'no-context-words', met: false, params: { minWordLength: 4, found: ['name'] } }),
    ).toEqual({
      fr: 'Ne contient pas votre nom ni celui du cabinet',
      en: "Does not contain your name or the firm's",
    });
  });

  it('states the strength and entropy minimums', () => {
    expect(
      both({ rule: 'strength-score', met: false, params: { min: 3, score: 1, pending: false } }),
    ).toEqual({
      fr: "Difficile à deviner (force d'au moins 3 sur 4)",
      en: 'Hard to guess (strength of at least 3 out of 4)',
    });
    expect(
      both({
        rule: 'min-entropy',
        met: false,
        params: { min: 50, bits: 20, compositionBits: 60, realisticBits: 20, pending: false },
      }),
    ).toEqual({ fr: "Au moins 50 bits d'entropie", en: 'At least 50 bits of entropy' });
  });

  it('states the history rule, for the current password alone or the last few', () => {
    expect(both({ rule: 'not-recent', met: true, params: { historySize: 5 } })).toEqual({
      fr: 'Différent de vos 5 derniers mots de passe',
      en: 'Different from your last 5 passwords',
    });
    expect(both({ rule: 'not-recent', met: true, params: { historySize: 1 } })).toEqual({
      fr: 'Différent du mot de passe actuel',
      en: 'Different from the current password',
    });
  });
});
