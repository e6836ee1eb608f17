import type { Civility, Language, PasswordKind, Role } from '@guichet/contracts';

/** A person who signs in, as the rest of the product sees them (no password hash). */
export interface Account {
  id: string;
  workspaceId: string;
  accessCode: string;
  role: Role;
  civility: Civility | null;
  firstName: string | null;
  lastName: string;
  email: string | null;
  mobile: string | null;
  passwordKind: PasswordKind | null;
  passwordSetAt: Date | null;
  locked: boolean;
  /** Language of the mails and SMS the person receives. */
  language: Language;
}

/** An account with what sign-in needs to check the password. */
export interface AccountCredentials extends Account {
  passwordHash: string | null;
}

/** A password chosen through a link (IDV-5, IDV-6), with what using the link proved. */
export interface PasswordChange {
  accountId: string;
  /** argon2id PHC. */
  passwordHash: string;
  /** The mailbox the link was sent to: it becomes the account's address unless another uses it. */
  email: string;
  /** Set when the terms of use were accepted with it (invitations, seed 001). */
  termsAcceptedAt: Date | null;
}
