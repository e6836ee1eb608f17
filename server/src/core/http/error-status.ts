import { HttpStatus } from '@nestjs/common';
import {
  AdminAccountsErrorCode,
  AuthErrorCode,
  CaptchaErrorCode,
  CommonErrorCode,
  CrmErrorCode,
  type ErrorCode,
  GdprErrorCode,
  HealthErrorCode,
  IdentityErrorCode,
  IntegrationErrorCode,
  OtpErrorCode,
  OutboxErrorCode,
  ParcelErrorCode,
  PasswordPolicyErrorCode,
  SecureMessageErrorCode,
  SmsErrorCode,
} from '@guichet/contracts';

/** The HTTP status of each error code; the switch is exhaustive so a new code cannot be forgotten. */
export function statusOf(code: ErrorCode): HttpStatus {
  switch (code) {
    case CommonErrorCode.BadRequest:
      return HttpStatus.BAD_REQUEST;
    case CommonErrorCode.ValidationFailed:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case CommonErrorCode.PayloadTooLarge:
      return HttpStatus.PAYLOAD_TOO_LARGE;
    case CommonErrorCode.UnsupportedMediaType:
      return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    case CommonErrorCode.NotFound:
    case OutboxErrorCode.MessageNotFound:
    case AdminAccountsErrorCode.AccountNotFound:
    case IdentityErrorCode.FlowNotFound:
    case IdentityErrorCode.ReviewNotFound:
    case ParcelErrorCode.NotFound:
    case IntegrationErrorCode.KeyNotFound:
    case SecureMessageErrorCode.NotFound:
    case GdprErrorCode.SubjectNotFound:
      return HttpStatus.NOT_FOUND;
    case GdprErrorCode.WrongConfirmation:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case GdprErrorCode.ErpLinked:
    case GdprErrorCode.NotErasable:
    case GdprErrorCode.ErasedBefore:
      return HttpStatus.CONFLICT;
    case CrmErrorCode.NotFound:
      return HttpStatus.NOT_FOUND;
    case CrmErrorCode.SensitiveText:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case CrmErrorCode.ErpReferenceTaken:
    case CrmErrorCode.ErpLinked:
      return HttpStatus.CONFLICT;
    case CrmErrorCode.NoFile:
      return HttpStatus.BAD_REQUEST;
    case CrmErrorCode.FileTooLarge:
      return HttpStatus.PAYLOAD_TOO_LARGE;
    case SecureMessageErrorCode.Gone:
      return HttpStatus.GONE;
    case SecureMessageErrorCode.CodeRequired:
      return HttpStatus.UNAUTHORIZED;
    case SecureMessageErrorCode.OtherAddress:
      return HttpStatus.FORBIDDEN;
    case SecureMessageErrorCode.WrongCode:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case SecureMessageErrorCode.WrongState:
      return HttpStatus.CONFLICT;
    case ParcelErrorCode.NoFile:
      return HttpStatus.BAD_REQUEST;
    case ParcelErrorCode.FileTooLarge:
    case ParcelErrorCode.ParcelTooLarge:
      return HttpStatus.PAYLOAD_TOO_LARGE;
    case ParcelErrorCode.TypeRefused:
      return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    case ParcelErrorCode.Infected:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case ParcelErrorCode.StorageFull:
      return HttpStatus.INSUFFICIENT_STORAGE;
    case ParcelErrorCode.ScanUnavailable:
      return HttpStatus.SERVICE_UNAVAILABLE;
    case IdentityErrorCode.FlowEnded:
    case IdentityErrorCode.LinkInvalid:
      return HttpStatus.GONE;
    case IdentityErrorCode.WrongCode:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case OutboxErrorCode.NotRetryable:
    case AdminAccountsErrorCode.CannotLockSelf:
    case AdminAccountsErrorCode.AccessCodeTaken:
    case AdminAccountsErrorCode.EmailTaken:
    case IdentityErrorCode.WrongStep:
    case IdentityErrorCode.ReviewDecided:
    case ParcelErrorCode.NoAccountManager:
    case ParcelErrorCode.WrongState:
    case AdminAccountsErrorCode.OwnTemporaryPassword:
    case AdminAccountsErrorCode.OwnSecondFactorReset:
    case PasswordPolicyErrorCode.AccountCompliant:
    case IntegrationErrorCode.TooManyKeys:
      return HttpStatus.CONFLICT;
    case SmsErrorCode.InvalidPhoneNumber:
    case SmsErrorCode.TooLong:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case CommonErrorCode.Unauthenticated:
    case AuthErrorCode.InvalidCredentials:
    case AuthErrorCode.SessionExpired:
    case AuthErrorCode.SecondFactorRequired:
    case IntegrationErrorCode.KeyInvalid:
      return HttpStatus.UNAUTHORIZED;
    case AuthErrorCode.CsrfRejected:
    case AuthErrorCode.AccountLocked:
    case AuthErrorCode.PasswordChangeRequired:
    case IntegrationErrorCode.ScopeMissing:
      return HttpStatus.FORBIDDEN;
    case CaptchaErrorCode.Invalid:
    case CaptchaErrorCode.Replayed:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case CommonErrorCode.Forbidden:
      return HttpStatus.FORBIDDEN;
    case CommonErrorCode.TooManyRequests:
    case AuthErrorCode.Throttled:
    case OtpErrorCode.Cooldown:
    case OtpErrorCode.CapReached:
      return HttpStatus.TOO_MANY_REQUESTS;
    case CommonErrorCode.ServiceUnavailable:
    case HealthErrorCode.NotReady:
      return HttpStatus.SERVICE_UNAVAILABLE;
    case CommonErrorCode.Internal:
      return HttpStatus.INTERNAL_SERVER_ERROR;
  }
}
