import type { Civility, Language, PasswordKind, Role } from '@guichet/contracts';

/** An account to create; the password, if any, already hashed. */
export interface NewAccount {
  workspaceId: string;
  accessCode: string;
  role: Role;
  civility: Civility | null;
  firstName: string | null;
  lastName: string;
  /** Lower-case. */
  email: string | null;
  /** E.164. */
  mobile: string | null;
  /** argon2id PHC, or a legacy hash kept as imported. */
  passwordHash: string | null;
  passwordKind: PasswordKind | null;
  /** Clients: the staff member who receives their parcels. */
  accountManagerId?: string | null;
  /** Default `fr`. */
  language?: Language;
}

/** Which of some identifiers a workspace already uses. */
export interface TakenIdentifiers {
  accessCodes: Set<string>;
  emails: Set<string>;
}
