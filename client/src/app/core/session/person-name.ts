import type { SessionInfo } from '@guichet/contracts';
import type { Translator } from '../i18n';

type Person = SessionInfo['account'];

/** "Alex Administrateur": first and last name, as a menu shows who is signed in. */
export function fullName(person: Person): string {
  return [person.firstName, person.lastName].filter(Boolean).join(' ');
}

/** "Madame Bataillon" when the civility is known (seed 000), else the full name. */
export function formalName(person: Person, translator: Translator): string {
  if (!person.civility) return fullName(person);
  return translator.t('person.formal', {
    civility: translator.t(`person.civility.${person.civility}`),
    lastName: person.lastName,
  });
}
