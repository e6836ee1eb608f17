import type { Civility } from '../accounts/civility';
import type { Role } from '../accounts/role';
import type { PasswordChangeReason, PasswordPolicyMode } from './password-policy-settings';

/** Why an account's password is below the workspace's policy (PWD-4). */
export type PasswordComplianceReason =
  /** Older than the policy's maximum age. */
  | 'too-old'
  /** Last checked against an older version of the policy. */
  | 'older-policy'
  /** Its recorded score or entropy is under the policy's, or it failed a check at sign-in. */
  | 'weak-score'
  /** A temporary password from an admin, not yet changed. */
  | 'temporary'
  /** Set before any policy check was recorded (seeded, created before the policy) and never changed. */
  | 'never-changed'
  /** Imported from a previous system (bcrypt, SSHA…): the user has not migrated yet (IDV-2). */
  | 'legacy-hash';

export const PASSWORD_COMPLIANCE_REASONS: readonly PasswordComplianceReason[] = [
  'too-old',
  'older-policy',
  'weak-score',
  'temporary',
  'never-changed',
  'legacy-hash',
];

/** One account of `GET /api/admin/password-compliance`. */
export interface PasswordComplianceEntry {
  id: string;
  accessCode: string;
  role: Role;
  civility: Civility | null;
  firstName: string | null;
  lastName: string;
  reasons: PasswordComplianceReason[];
  /** ISO 8601. */
  passwordSetAt: string | null;
  /** The policy version the password was last checked against; null if never. */
  policyVersion: number | null;
  /** zxcvbn score 0–4 and entropy bits at that check; null if never. */
  score: number | null;
  entropyBits: number | null;
  /** Set when the next sign-in already leads to the change-password step, and why. */
  changeRequired: PasswordChangeReason | null;
}

/** Query of `GET /api/admin/password-compliance`. */
export interface PasswordComplianceQuery {
  /** Only accounts with this reason. */
  reason?: PasswordComplianceReason;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

/**
 * `GET /api/admin/password-compliance` (admin): exactly the accounts with a password below the
 * workspace's current policy, sorted by last name (100 per page). Accounts without a password
 * yet are not listed: theirs will be checked when they set it.
 */
export interface PasswordComplianceReport {
  policy: { version: number; mode: PasswordPolicyMode };
  /** Accounts below the policy (every page), and how many have each reason. */
  total: number;
  byReason: Record<PasswordComplianceReason, number>;
  /**
   * User templates (seed 002's « modèles d'utilisateurs ») do not exist in Guichet: see
   * docs/password-policy.md. Always empty; kept so that the screen can say so.
   */
  templates: [];
  items: PasswordComplianceEntry[];
  nextCursor: string | null;
}

/**
 * Answer of `POST /api/admin/password-compliance/:id/repair` and `.../repair-all` (admin): the
 * accounts now flagged so that their next sign-in forces a change (their open sessions go on).
 * One: 404 for another firm's account or one without a password, 409
 * `PASSWORD_POLICY_ACCOUNT_COMPLIANT` for one that meets the policy.
 */
export interface PasswordRepairResult {
  repaired: number;
}
