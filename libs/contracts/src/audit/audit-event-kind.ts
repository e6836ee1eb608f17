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
  /** An admin created the account (IDV-8); an invitation mail follows when it has an e-mail. */
  AccountCreated = 'account.created',
  /** A password-set link was mailed (IDV-5): reset, activation or invitation. */
  PasswordLinkSent = 'password-link.sent',
  /**
   * A link was not mailed: the account had its hourly number of links already (mail bombing
   * guard of the forgotten-credential forms, first connection and legacy migration).
   */
  PasswordLinkWithheld = 'password-link.withheld',
  /** Someone presented a link that is unknown, used, replaced or expired. */
  PasswordLinkRejected = 'password-link.rejected',
  /** The account's password was set through a link; its sessions and other links ended. */
  PasswordSet = 'password.set',
  /** "Mot de passe oublié ?" (IDV-4): success when a link went out, failure when nothing matched. */
  PasswordResetRequested = 'password-reset.requested',
  /** "J'ai oublié mes identifiants" (IDV-4): success when a mail went out, failure otherwise. */
  LostIdentifierRequested = 'lost-identifier.requested',
  /** A first connection or legacy migration began (IDV-2, IDV-3); no account when unknown. */
  IdentityFlowStarted = 'identity-flow.started',
  /** A flow ended on too many wrong codes (OTP-1). */
  IdentityFlowEnded = 'identity-flow.ended',
  /** A one-time code was sent (OTP-1), or refused by the cooldown or an hourly cap (OTP-2). */
  OtpSent = 'otp.sent',
  OtpRefused = 'otp.refused',
  /** A one-time code was typed: right (success) or wrong (failure). */
  OtpChecked = 'otp.checked',
  /** A first connection went to the admin verification queue (IDV-3b). */
  IdentityReviewRequested = 'identity-review.requested',
  IdentityReviewApproved = 'identity-review.approved',
  IdentityReviewRejected = 'identity-review.rejected',
  /** The owner proved a new mobile number with a code sent to it; it replaced the old one. */
  ProfileMobileChanged = 'profile.mobile-changed',
  /** The owner turned on an authenticator app (AUTH-8). */
  TotpEnabled = 'second-factor.totp-enabled',
  /** The owner turned on codes by SMS to the profile mobile (AUTH-8). */
  SmsSecondFactorEnabled = 'second-factor.sms-enabled',
  /** The owner turned every second factor off. */
  SecondFactorDisabled = 'second-factor.disabled',
  /**
   * An admin turned off the second factor of an account that lost it, with its recovery codes;
   * its sessions ended.
   */
  SecondFactorReset = 'second-factor.reset',
  /** A signed-in user changed their own password (current + new); other sessions ended. */
  PasswordChanged = 'password.changed',
  /** An admin gave the account a temporary password (PWD-3); its sessions and links ended. */
  TemporaryPasswordIssued = 'password.temporary-issued',
  /** A sign-in with the right temporary password after its 72 hours: refused as a wrong one. */
  SignInTemporaryPasswordExpired = 'sign-in.temporary-password-expired',
  /**
   * The account must change its password at next sign-in: an admin repaired it from the
   * compliance audit (actor: the admin), or a sign-in found it below the policy or expired in
   * `enforce` mode (actor: the account).
   */
  PasswordChangeRequired = 'password.change-required',
  /** An admin changed the workspace's password policy or its mode. */
  PasswordPolicyUpdated = 'password-policy.updated',
  /** An admin created an integration API key (PWD-6) / revoked one. */
  ApiKeyCreated = 'api-key.created',
  ApiKeyRevoked = 'api-key.revoked',
  /** A machine call presented a revoked or expired key of the workspace. */
  ApiKeyRejected = 'api-key.rejected',
  /** A parcel was sent to its recipients (PARCEL-1); they were notified. */
  ParcelSent = 'parcel.sent',
  /** Its sender withdrew a parcel: it vanished from lists and links at once. */
  ParcelWithdrawn = 'parcel.withdrawn',
  /** A document of a parcel was viewed or downloaded (PARCEL-6). */
  ParcelDocumentRead = 'parcel.document-read',
  /** The purge destroyed a parcel, its keys and its documents (tombstone, PARCEL-7). */
  ParcelPurged = 'parcel.purged',
  /** The retention job erased a client account unused past its period (GDPR-5; no actor). */
  RetentionAccountErased = 'retention.account-erased',
  /** The retention job erased a lead not heard from past its period (GDPR-5; no actor). */
  RetentionLeadErased = 'retention.lead-erased',
  /** A secure message was sent to external addresses (PARCEL-8); each got its notice. */
  SecureMessageSent = 'secure-message.sent',
  /** An external recipient typed a code (OTP-3): success opened a recipient session. */
  SecureMessageCodeChecked = 'secure-message.code-checked',
  /** An external recipient opened a secure message. */
  SecureMessageOpened = 'secure-message.opened',
  /** An external recipient downloaded an attachment of a secure message. */
  SecureMessageAttachmentRead = 'secure-message.attachment-read',
  /** An admin (or the ERP) erased a person's data (GDPR-2); target: the tombstone. */
  PersonalDataErased = 'gdpr.erased',
  /** An admin exported a person's data, or a client their own (GDPR-4). */
  PersonalDataExported = 'gdpr.exported',
}
