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
};

/** The kind's words, or the kind itself for one a newer server knows and this client not. */
export function auditKindKey(kind: string): TranslationKey {
  return AUDIT_KIND_KEYS[kind as AuditEventKind] ?? (kind as TranslationKey);
}
