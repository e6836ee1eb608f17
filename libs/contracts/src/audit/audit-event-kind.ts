/** What the audit log records (append-only, no secrets, no personal data in free text). */
export enum AuditEventKind {
  SignInSucceeded = 'sign-in.succeeded',
  SignInFailed = 'sign-in.failed',
  SignInThrottled = 'sign-in.throttled',
  SignedOut = 'signed-out',
  SessionExpired = 'session.expired',
}
