import type { MailRecipient } from './mail-template';

/** The person a mail greets, at `email`: their own address, or the one a link is bound to. */
export function mailRecipient(
  person: Pick<MailRecipient, 'language' | 'civility' | 'firstName' | 'lastName'>,
  email: string,
): MailRecipient {
  return {
    email,
    language: person.language,
    civility: person.civility,
    firstName: person.firstName,
    lastName: person.lastName,
  };
}
