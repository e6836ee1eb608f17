import type { AdminAccountsErrorCode } from '../admin/admin-accounts-error-code';
import type { AuthErrorCode } from '../auth/auth-error-code';
import type { CrmErrorCode } from '../crm/crm-error-code';
import type { CaptchaErrorCode } from '../captcha/captcha-error-code';
import type { GdprErrorCode } from '../gdpr/gdpr-error-code';
import type { HealthErrorCode } from '../health/health-error-code';
import type { IdentityErrorCode } from '../identity/identity-error-code';
import type { IntegrationErrorCode } from '../integrations/integration-error-code';
import type { ParcelErrorCode } from '../parcels/parcel-error-code';
import type { OtpErrorCode } from '../otp/otp-error-code';
import type { OutboxErrorCode } from '../outbox/outbox-error-code';
import type { PasswordPolicyErrorCode } from '../password-policy/password-policy-error-code';
import type { SecureMessageErrorCode } from '../secure-messages/secure-message-error-code';
import type { SmsErrorCode } from '../sms/sms-error-code';
import type { CommonErrorCode } from './common-error-code';

/** Every error code the API can answer; the server maps each to an HTTP status exhaustively. */
export type ErrorCode =
  | AdminAccountsErrorCode
  | AuthErrorCode
  | CaptchaErrorCode
  | CommonErrorCode
  | GdprErrorCode
  | CrmErrorCode
  | HealthErrorCode
  | IdentityErrorCode
  | IntegrationErrorCode
  | OtpErrorCode
  | OutboxErrorCode
  | ParcelErrorCode
  | PasswordPolicyErrorCode
  | SecureMessageErrorCode
  | SmsErrorCode;
