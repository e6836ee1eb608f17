import { Civility, type Language } from '@guichet/contracts';
import type { MailRecipient } from './mail-template';

const HELLO: Record<Language, string> = { fr: 'Bonjour', en: 'Hello' };

const TITLES: Record<Language, Record<Civility, string>> = {
  fr: { [Civility.Mr]: 'Monsieur', [Civility.Mrs]: 'Madame' },
  en: { [Civility.Mr]: 'Mr', [Civility.Mrs]: 'Mrs' },
};

/**
 * The salutation that opens every mail (seed 000 greets "MR TENG SOPHAT"; we write it as a letter
 * would): "Bonjour Monsieur Teng," with a civility, the full name without one, "Bonjour," for an
 * external recipient we know only by address.
 */
export function mailGreeting(
  person: Pick<MailRecipient, 'civility' | 'firstName' | 'lastName'>,
  language: Language,
): string {
  const firstName = tidy(person.firstName);
  const lastName = tidy(person.lastName);
  const name =
    person.civility && lastName
      ? `${TITLES[language][person.civility]} ${lastName}`
      : [firstName, lastName].filter(Boolean).join(' ');
  return name ? `${HELLO[language]} ${name},` : `${HELLO[language]},`;
}

/** Names come from imports and forms: stray spaces and line breaks must not reach the mail. */
function tidy(name: string | null): string {
  return (name ?? '').replace(/\s+/g, ' ').trim();
}
