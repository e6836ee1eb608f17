import type { PasswordRuleResult } from './password-rule';
import type { PolicyWarning } from './policy-warnings';

/** The languages messages exist in, French first (the same as `@guichet/contracts`' Language). */
export type MessageLanguage = 'fr' | 'en';

function decimal(value: number, language: MessageLanguage): string {
  return new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: 1,
  }).format(value);
}

const CLASS_NAMES = {
  fr: 'minuscules, majuscules, chiffres et symboles',
  en: 'lower case, upper case, digits and symbols',
};

/** The checklist line of a rule result, in the user's language. */
export function messageOf(result: PasswordRuleResult, language: MessageLanguage): string {
  const fr = language === 'fr';
  switch (result.rule) {
    case 'min-length': {
      const { min, withSecondFactor } = result.params;
      if (withSecondFactor) {
        return fr
          ? `Au moins ${min} caractères (double authentification activée)`
          : `At least ${min} characters (two-step verification on)`;
      }
      return fr ? `Au moins ${min} caractères` : `At least ${min} characters`;
    }
    case 'max-length':
      return fr
        ? `Au plus ${result.params.max} caractères`
        : `At most ${result.params.max} characters`;
    case 'character-classes': {
      const { required } = result.params;
      if (required >= 4) {
        return fr
          ? 'Des minuscules, des majuscules, des chiffres et des symboles'
          : 'Lower case, upper case, digits and symbols';
      }
      if (fr) {
        return `${required} type${required > 1 ? 's' : ''} de caractères parmi ${CLASS_NAMES.fr}`;
      }
      return `${required} kind${required > 1 ? 's' : ''} of characters among ${CLASS_NAMES.en}`;
    }
    case 'not-common':
      return fr ? "N'est pas un mot de passe courant" : 'Is not a common password';
    case 'no-context-words':
      return fr
        ? 'Ne contient pas votre nom ni celui du cabinet'
        : "Does not contain your name or the firm's";
    case 'strength-score':
      return fr
        ? `Difficile à deviner (force d'au moins ${result.params.min} sur 4)`
        : `Hard to guess (strength of at least ${result.params.min} out of 4)`;
    case 'min-entropy':
      return fr
        ? `Au moins ${decimal(result.params.min, language)} bits d'entropie`
        : `At least ${decimal(result.params.min, language)} bits of entropy`;
    case 'not-recent': {
      const { historySize } = result.params;
      if (historySize <= 1) {
        return fr ? 'Différent du mot de passe actuel' : 'Different from the current password';
      }
      return fr
        ? `Différent de vos ${historySize} derniers mots de passe`
        : `Different from your last ${historySize} passwords`;
    }
  }
}

/** The admin screen's text for a policy warning. */
export function policyWarningMessage(warning: PolicyWarning, language: MessageLanguage): string {
  const fr = language === 'fr';
  switch (warning.code) {
    case 'below-cnil-entropy': {
      const { minLength, requiredClasses, guaranteedBits, cnilBits } = warning;
      const bits = decimal(guaranteedBits, language);
      if (requiredClasses === 0) {
        return fr
          ? `${minLength} caractères sans règle de composition ≈ ${bits} bits d'entropie au minimum, sous les ${cnilBits} bits recommandés par la CNIL (2022).`
          : `${minLength} characters with no composition rule ≈ ${bits} bits of entropy at least, under the ${cnilBits} bits the CNIL recommends (2022).`;
      }
      return fr
        ? `${minLength} caractères de ${requiredClasses} types ≈ ${bits} bits d'entropie au minimum, sous les ${cnilBits} bits recommandés par la CNIL (2022).`
        : `${minLength} characters of ${requiredClasses} kinds ≈ ${bits} bits of entropy at least, under the ${cnilBits} bits the CNIL recommends (2022).`;
    }
    case 'periodic-expiry':
      return fr
        ? `Un changement forcé tous les ${warning.maxAgeDays} jours n'est plus recommandé (CNIL 2022, NIST) : les utilisateurs choisissent alors des variantes prévisibles.`
        : `A forced change every ${warning.maxAgeDays} days is no longer recommended (CNIL 2022, NIST): users then pick predictable variations.`;
  }
}
