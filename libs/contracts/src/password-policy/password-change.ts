import type { PasswordChangeReason, PasswordRulesForUser } from './password-policy-settings';

/**
 * `GET /api/profile/password`: what the change-password page needs (signed in; also answered
 * while the session must change its password).
 */
export interface PasswordChangeInfo extends PasswordRulesForUser {
  /** Set when the change is required before anything else; null from the profile. */
  requiredBecause: PasswordChangeReason | null;
  /** ISO 8601: when the current password was set; null if unknown. */
  passwordSetAt: string | null;
}

/**
 * Body of `POST /api/profile/password`; answers the new session's `SessionInfo` (200). Wrong current password: 422 `fields.currentPassword:
 * ['invalid']` (throttled like sign-in, 429 after repeated failures). A refused new password: 422
 * `fields.password: [rule ids]` (`min-length`, `not-common`, `not-recent`, …). On success the
 * session gets a new id (the cookie changes), the account's other sessions end, its password-set
 * links are void, and a confirmation mail goes out.
 */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}
