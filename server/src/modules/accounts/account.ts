import type {
  Civility,
  Language,
  PasswordChangeReason,
  PasswordKind,
  Role,
} from '@guichet/contracts';

/** Why a change is required, as stored; `temporary` follows from the password's kind. */
export type StoredPasswordChangeReason = Exclude<PasswordChangeReason, 'temporary'>;

/** What the last check of the current password against the workspace's policy found (PWD-4). */
export interface PasswordCheck {
  policyVersion: number;
  meetsPolicy: boolean;
  /** Rule ids not met (`min-length`, `not-common`, …); empty when it meets the policy. */
  unmetRules: string[];
  /** zxcvbn score 0–4 and entropy in bits (the evaluator's lower figure). */
  score: number;
  entropyBits: number;
  /**
   * What the check depended on besides the password (policy version, context words, second
   * factor), as a digest: a sign-in whose key is the same would find the same result, so it does
   * not evaluate the password again. Null for checks recorded before keys existed.
   */
  key: string | null;
}

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
  /** When a temporary password stops working (PWD-3); null for other kinds. */
  passwordExpiresAt: Date | null;
  /** Null until a check of the current password was recorded. */
  passwordCheck: PasswordCheck | null;
  /** Set when the next sign-in must lead to the change-password step. */
  passwordChangeReason: StoredPasswordChangeReason | null;
  locked: boolean;
  /** Language of the mails and SMS the person receives. */
  language: Language;
}

/** An account with what sign-in needs to check the password. */
export interface AccountCredentials extends Account {
  passwordHash: string | null;
}

/**
 * A new password for an account: chosen through a link (IDV-5, IDV-6) or the change page, or a
 * temporary one from an admin (PWD-3). It clears any required change.
 */
export interface PasswordChange {
  accountId: string;
  /** argon2id PHC. */
  passwordHash: string;
  kind: PasswordKind.Personal | PasswordKind.Temporary;
  /** The policy check it passed. */
  check: PasswordCheck;
  /** Temporary passwords: when they stop working. */
  expiresAt?: Date | null;
  /**
   * A link's mailbox: it becomes the account's address unless another account of the workspace
   * has it (using the link proved it).
   */
  email?: string | null;
  /** Set when the terms of use were accepted with it (invitations, seed 001). */
  termsAcceptedAt?: Date | null;
}

/** An account with a password, as the compliance audit weighs it (PWD-4). */
export interface PasswordStanding {
  id: string;
  accessCode: string;
  role: Role;
  civility: Civility | null;
  firstName: string | null;
  lastName: string;
  passwordKind: PasswordKind | null;
  passwordSetAt: Date | null;
  passwordCheck: PasswordCheck | null;
  passwordChangeReason: StoredPasswordChangeReason | null;
}
