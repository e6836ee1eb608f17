import type {
  PasswordChangeReason,
  PasswordComplianceReason,
  PasswordPolicyMode,
} from '@guichet/contracts';
import type { TranslationKey } from '../../core/i18n';

/** Exhaustive, so that a new reason fails to compile until it is worded. */
export const REASON_KEYS: Readonly<Record<PasswordComplianceReason, TranslationKey>> = {
  'too-old': 'admin.compliance.reason.too-old',
  'older-policy': 'admin.compliance.reason.older-policy',
  'weak-score': 'admin.compliance.reason.weak-score',
  temporary: 'admin.compliance.reason.temporary',
  'never-changed': 'admin.compliance.reason.never-changed',
  'legacy-hash': 'admin.compliance.reason.legacy-hash',
};

export const CHANGE_REASON_KEYS: Readonly<Record<PasswordChangeReason, TranslationKey>> = {
  temporary: 'admin.compliance.required.temporary',
  expired: 'admin.compliance.required.expired',
  weak: 'admin.compliance.required.weak',
  repair: 'admin.compliance.required.repair',
};

export const MODE_NAME_KEYS: Readonly<Record<PasswordPolicyMode, TranslationKey>> = {
  off: 'admin.policy.mode.off',
  warn: 'admin.policy.mode.warn',
  enforce: 'admin.policy.mode.enforce',
};
