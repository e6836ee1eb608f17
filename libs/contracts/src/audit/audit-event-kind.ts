/** What the audit log records (append-only, no secrets, no personal data in free text). */
export enum AuditEventKind {
  SignInSucceeded = 'sign-in.succeeded',
  SignInFailed = 'sign-in.failed',
  SignInThrottled = 'sign-in.throttled',
  SignedOut = 'signed-out',
  SessionExpired = 'session.expired',
  /** An admin locked an account: its sessions ended and it cannot sign in. */
  AccountLocked = 'account.locked',
  AccountUnlocked = 'account.unlocked',
  /** An admin ended every session of an account. */
  AccountSignedOutEverywhere = 'account.signed-out-everywhere',
  /** The import-legacy command created the account (no actor: an operator ran it). */
  AccountImported = 'account.imported',
  /** The owner proved a new mobile number with a code sent to it; it replaced the old one. */
  ProfileMobileChanged = 'profile.mobile-changed',
  /** The owner turned on an authenticator app (AUTH-8). */
  TotpEnabled = 'second-factor.totp-enabled',
  /** The owner turned on codes by SMS to the profile mobile (AUTH-8). */
  SmsSecondFactorEnabled = 'second-factor.sms-enabled',
  /** The owner turned every second factor off. */
  SecondFactorDisabled = 'second-factor.disabled',
}
