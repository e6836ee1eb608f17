import type { Civility } from '../accounts/civility';
import type { PasswordRules } from '../password/password-rules';
import type { PasswordRulesForUser } from '../password-policy/password-policy-settings';

/** Why a password-set link was sent; it decides its lifetime and whether terms are asked (IDV-5). */
export type PasswordLinkPurpose =
  /** "Mot de passe oublié ?" (IDV-4): 1 hour. */
  | 'reset'
  /** The end of a first connection or a legacy migration (IDV-2, IDV-3): 1 hour. */
  | 'activation'
  /** An account created by the firm (IDV-8): 7 days, terms of use to accept. */
  | 'invitation';

/**
 * Body of `POST /api/identity/password-link` (what the password page needs to show) and part of
 * `POST /api/identity/password-link/use`. The token is the one of the mailed link
 * (`/set-password?token=…`); it travels in bodies, never in API URLs.
 */
export interface PasswordLinkRequest {
  token: string;
}

/**
 * What the password page shows for a valid link ("Bonjour Monsieur …"), with the workspace's
 * `policy` and the user's `context` for the live checklist (`evaluatePassword`, PWD-1).
 */
export interface PasswordLinkInfo extends PasswordRulesForUser {
  purpose: PasswordLinkPurpose;
  workspace: { slug: string; name: string };
  /** The identifier to sign in with afterwards (access code). */
  identifier: string;
  civility: Civility | null;
  firstName: string | null;
  lastName: string;
  /** Invitations: the terms of use must be accepted (seed 001). */
  termsRequired: boolean;
  /**
   * @deprecated The policy's length bounds only, for the length-only `checkPassword`; use
   * `policy` and `context` with `evaluatePassword` from `@guichet/password-policy`.
   */
  rules: PasswordRules;
  /** ISO 8601. */
  expiresAt: string;
}

/** Body of `POST /api/identity/password-link/use` (IDV-6). */
export interface SetPasswordRequest extends PasswordLinkRequest {
  password: string;
  /** Must be true when `termsRequired`. */
  acceptTerms?: boolean;
}

/** Answer of a successful password set: where to sign in (the page prefills it, IDV-6). */
export interface SetPasswordResult {
  workspace: string;
  identifier: string;
}

/** Body of `POST /api/identity/forgot-password` (IDV-4): answered 202 whatever the account. */
export interface ForgotPasswordRequest {
  workspace?: string;
  /** Access code or e-mail address. */
  identifier: string;
  captcha: string;
}

/** Body of `POST /api/identity/lost-identifier` (IDV-4): answered 202 whatever the account. */
export interface LostIdentifierRequest {
  workspace?: string;
  email: string;
  captcha: string;
}
