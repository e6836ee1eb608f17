import { AuditEventKind } from '@guichet/contracts';
import type { TranslationKey } from '../../core/i18n';

/** Every kind of event worded; exhaustive, so a new kind fails to compile until it is. */
export const AUDIT_KIND_KEYS: Readonly<Record<AuditEventKind, TranslationKey>> = {
  [AuditEventKind.SignInSucceeded]: 'audit.kind.sign-in.succeeded',
  [AuditEventKind.SignInFailed]: 'audit.kind.sign-in.failed',
  [AuditEventKind.SignInThrottled]: 'audit.kind.sign-in.throttled',
  [AuditEventKind.SignedOut]: 'audit.kind.signed-out',
  [AuditEventKind.SessionExpired]: 'audit.kind.session.expired',
  [AuditEventKind.AccountLocked]: 'audit.kind.account.locked',
  [AuditEventKind.AccountUnlocked]: 'audit.kind.account.unlocked',
  [AuditEventKind.AccountSignedOutEverywhere]: 'audit.kind.account.signed-out-everywhere',
  [AuditEventKind.AccountImported]: 'audit.kind.account.imported',
  [AuditEventKind.ProfileMobileChanged]: 'audit.kind.profile.mobile-changed',
  [AuditEventKind.TotpEnabled]: 'audit.kind.second-factor.totp-enabled',
  [AuditEventKind.SmsSecondFactorEnabled]: 'audit.kind.second-factor.sms-enabled',
  [AuditEventKind.SecondFactorDisabled]: 'audit.kind.second-factor.disabled',
  [AuditEventKind.AccountCreated]: 'audit.kind.account.created',
  [AuditEventKind.PasswordLinkSent]: 'audit.kind.password-link.sent',
  [AuditEventKind.PasswordLinkWithheld]: 'audit.kind.password-link.withheld',
  [AuditEventKind.PasswordLinkRejected]: 'audit.kind.password-link.rejected',
  [AuditEventKind.PasswordSet]: 'audit.kind.password.set',
  [AuditEventKind.PasswordResetRequested]: 'audit.kind.password-reset.requested',
  [AuditEventKind.LostIdentifierRequested]: 'audit.kind.lost-identifier.requested',
  [AuditEventKind.IdentityFlowStarted]: 'audit.kind.identity-flow.started',
  [AuditEventKind.IdentityFlowEnded]: 'audit.kind.identity-flow.ended',
  [AuditEventKind.OtpSent]: 'audit.kind.otp.sent',
  [AuditEventKind.OtpRefused]: 'audit.kind.otp.refused',
  [AuditEventKind.OtpChecked]: 'audit.kind.otp.checked',
  [AuditEventKind.IdentityReviewRequested]: 'audit.kind.identity-review.requested',
  [AuditEventKind.IdentityReviewApproved]: 'audit.kind.identity-review.approved',
  [AuditEventKind.IdentityReviewRejected]: 'audit.kind.identity-review.rejected',
  [AuditEventKind.PasswordChanged]: 'audit.kind.password.changed',
  [AuditEventKind.TemporaryPasswordIssued]: 'audit.kind.password.temporary-issued',
  [AuditEventKind.SignInTemporaryPasswordExpired]: 'audit.kind.sign-in.temporary-password-expired',
  [AuditEventKind.PasswordChangeRequired]: 'audit.kind.password.change-required',
  [AuditEventKind.PasswordPolicyUpdated]: 'audit.kind.password-policy.updated',
  [AuditEventKind.ApiKeyCreated]: 'audit.kind.api-key.created',
  [AuditEventKind.ApiKeyRevoked]: 'audit.kind.api-key.revoked',
  [AuditEventKind.ApiKeyRejected]: 'audit.kind.api-key.rejected',
  [AuditEventKind.ParcelSent]: 'audit.kind.parcel.sent',
  [AuditEventKind.ParcelWithdrawn]: 'audit.kind.parcel.withdrawn',
  [AuditEventKind.ParcelDocumentRead]: 'audit.kind.parcel.document-read',
  [AuditEventKind.ParcelPurged]: 'audit.kind.parcel.purged',
  [AuditEventKind.RetentionAccountErased]: 'audit.kind.retention.account-erased',
  [AuditEventKind.RetentionLeadErased]: 'audit.kind.retention.lead-erased',
  [AuditEventKind.SecureMessageSent]: 'audit.kind.secure-message.sent',
  [AuditEventKind.SecureMessageCodeChecked]: 'audit.kind.secure-message.code-checked',
  [AuditEventKind.SecureMessageOpened]: 'audit.kind.secure-message.opened',
  [AuditEventKind.SecureMessageAttachmentRead]: 'audit.kind.secure-message.attachment-read',
  [AuditEventKind.PersonalDataErased]: 'audit.kind.gdpr.erased',
  [AuditEventKind.PersonalDataExported]: 'audit.kind.gdpr.exported',
};

/** The kind's words, or the kind itself for one a newer server knows and this client not. */
export function auditKindKey(kind: string): TranslationKey {
  return AUDIT_KIND_KEYS[kind as AuditEventKind] ?? (kind as TranslationKey);
}
