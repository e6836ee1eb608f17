import { HttpStatus } from '@nestjs/common';
import {
  AuthErrorCode,
  CaptchaErrorCode,
  CommonErrorCode,
  type ErrorCode,
  HealthErrorCode,
  OutboxErrorCode,
  SmsErrorCode,
} from '@guichet/contracts';

/** The HTTP status of each error code; the switch is exhaustive so a new code cannot be forgotten. */
export function statusOf(code: ErrorCode): HttpStatus {
  switch (code) {
    case CommonErrorCode.BadRequest:
      return HttpStatus.BAD_REQUEST;
    case CommonErrorCode.ValidationFailed:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case CommonErrorCode.NotFound:
    case OutboxErrorCode.MessageNotFound:
      return HttpStatus.NOT_FOUND;
    case OutboxErrorCode.NotRetryable:
      return HttpStatus.CONFLICT;
    case SmsErrorCode.InvalidPhoneNumber:
    case SmsErrorCode.TooLong:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case CommonErrorCode.Unauthenticated:
    case AuthErrorCode.InvalidCredentials:
    case AuthErrorCode.SessionExpired:
      return HttpStatus.UNAUTHORIZED;
    case AuthErrorCode.CsrfRejected:
    case AuthErrorCode.AccountLocked:
      return HttpStatus.FORBIDDEN;
    case CaptchaErrorCode.Invalid:
    case CaptchaErrorCode.Replayed:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case CommonErrorCode.Forbidden:
      return HttpStatus.FORBIDDEN;
    case CommonErrorCode.TooManyRequests:
    case AuthErrorCode.Throttled:
      return HttpStatus.TOO_MANY_REQUESTS;
    case CommonErrorCode.ServiceUnavailable:
    case HealthErrorCode.NotReady:
      return HttpStatus.SERVICE_UNAVAILABLE;
    case CommonErrorCode.Internal:
      return HttpStatus.INTERNAL_SERVER_ERROR;
  }
}
