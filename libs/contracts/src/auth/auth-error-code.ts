/** Errors of sign-in and sessions. */
export enum AuthErrorCode {
  /** The same answer for an unknown workspace, an unknown identifier or a wrong password. */
  InvalidCredentials = 'AUTH_INVALID_CREDENTIALS',
  /** Too many failures: wait `Retry-After` seconds. */
  Throttled = 'AUTH_THROTTLED',
  /** The session ended (idle, absolute lifetime, signed out elsewhere). */
  SessionExpired = 'AUTH_SESSION_EXPIRED',
  /** A state-changing request without the XSRF header matching the XSRF-TOKEN cookie. */
  CsrfRejected = 'AUTH_CSRF_REJECTED',
  /** The account is locked by an admin. */
  AccountLocked = 'AUTH_ACCOUNT_LOCKED',
  /** Signed in with the password; the second factor must be proven first (AUTH-8). */
  SecondFactorRequired = 'AUTH_SECOND_FACTOR_REQUIRED',
  /** The session must change its password first (`nextStep: 'change-password'`). 403. */
  PasswordChangeRequired = 'AUTH_PASSWORD_CHANGE_REQUIRED',
}
