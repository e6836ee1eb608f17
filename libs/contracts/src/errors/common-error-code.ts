/** Error codes that do not belong to one feature module. */
export enum CommonErrorCode {
  BadRequest = 'COMMON_BAD_REQUEST',
  ValidationFailed = 'COMMON_VALIDATION_FAILED',
  NotFound = 'COMMON_NOT_FOUND',
  Unauthenticated = 'COMMON_UNAUTHENTICATED',
  Forbidden = 'COMMON_FORBIDDEN',
  TooManyRequests = 'COMMON_TOO_MANY_REQUESTS',
  ServiceUnavailable = 'COMMON_SERVICE_UNAVAILABLE',
  Internal = 'COMMON_INTERNAL',
}
