import type { PasswordContext, PasswordPolicy } from '@guichet/password-policy';
import type { PersonRef } from '../admin/admin-account-summary';

// The policy's shape is the evaluator's own, so that what the server answers goes straight into
// `evaluatePassword` on the client: one definition, no copy to drift.
export type {
  PasswordContext,
  PasswordPolicy,
  PasswordPolicyPreset,
  PasswordRuleId as PolicyRuleId,
} from '@guichet/password-policy';

/**
 * How far a workspace applies its policy to passwords already set (PWD-2, seed 002's staged
 * roll-out). New passwords (password-set link, change page, temporary) meet the policy in every
 * mode; the mode decides what happens at sign-in to the passwords set before:
 * - `off`: nothing is checked at sign-in (an existing firm that has not started the roll-out);
 * - `warn`: a password below the policy, or past its maximum age, signs in with a warning;
 * - `enforce`: it signs in to the change-password step only (new workspaces).
 * Temporary passwords and accounts an admin repaired must be changed in every mode.
 */
export type PasswordPolicyMode = 'off' | 'warn' | 'enforce';

export const PASSWORD_POLICY_MODES: readonly PasswordPolicyMode[] = ['off', 'warn', 'enforce'];

/** `GET|PUT /api/admin/password-policy` (admin): the workspace's policy. */
export interface WorkspacePasswordPolicy {
  mode: PasswordPolicyMode;
  /** `preset` is `custom` when the fields match no built-in preset. */
  policy: PasswordPolicy;
  /**
   * 1 for a workspace that never changed its policy; +1 at each change of the rules (a change of
   * `mode` alone keeps the version). Passwords checked under an older version show in the audit.
   */
  version: number;
  /** ISO 8601; null while the workspace has the default policy. */
  updatedAt: string | null;
  updatedBy: PersonRef | null;
}

/**
 * Body of `PUT /api/admin/password-policy`. Limits (422 keyed `policy.<field>` otherwise):
 * minLength 8–128, maxLength 64–128 and ≥ minLength, requiredClasses 0–4, minEntropyBits 0–128,
 * minScore 0–4, historySize 0–24, maxAgeDays null or 30–730, minLengthWithSecondFactor null or
 * 8–minLength. `policy.preset` is recomputed by the server from the fields.
 */
export interface PasswordPolicyUpdate {
  mode: PasswordPolicyMode;
  policy: PasswordPolicy;
}

/**
 * What a page that sets a password needs to run `evaluatePassword` locally, exactly as the server
 * will: the workspace's policy and the user's context words (firm, names, e-mail, access code,
 * whether a second factor is on). History (`not-recent`) is checked by the server only.
 */
export interface PasswordRulesForUser {
  policy: PasswordPolicy;
  context: PasswordContext;
}

/** Why a signed-in user must change their password before anything else (AUTH-9). */
export type PasswordChangeReason =
  /** A temporary password from an admin (PWD-3). */
  | 'temporary'
  /** Older than the policy's maximum age, in `enforce` mode (PWD-5). */
  | 'expired'
  /** Checked at sign-in against the current policy and below it, in `enforce` mode (PWD-4). */
  | 'weak'
  /** An admin repaired the account from the compliance audit (PWD-4). */
  | 'repair';

/** In `warn` mode: what the session tells the user about their password (PWD-2). */
export interface PasswordWarning {
  /** `weak`: below the current policy; `expired`: older than its maximum age. */
  reasons: Array<'weak' | 'expired'>;
  /** The rules of the current policy the password does not meet (`weak`). */
  unmetRules: string[];
  /** ISO 8601: when the password reached (or reaches) its maximum age; null without one. */
  expiresAt: string | null;
}
