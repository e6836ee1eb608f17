import type { Civility, PasswordKind, Role } from '@guichet/contracts';

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
  /** `mobile` was proven by a code sent to it. */
  mobileVerified: boolean;
  passwordKind: PasswordKind | null;
  passwordSetAt: Date | null;
  locked: boolean;
}

/** An account with what sign-in needs to check the password. */
export interface AccountCredentials extends Account {
  passwordHash: string | null;
}
