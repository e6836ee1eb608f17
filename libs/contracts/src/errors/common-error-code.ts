/** Error codes that do not belong to one feature module. */
export enum CommonErrorCode {
  BadRequest = 'COMMON_BAD_REQUEST',
  ValidationFailed = 'COMMON_VALIDATION_FAILED',
  /** The body is larger than the API accepts (JSON: 100 kB). 413. */
  PayloadTooLarge = 'COMMON_PAYLOAD_TOO_LARGE',
  /** A body in a type or charset the API does not read (JSON and forms in UTF-8 only). 415. */
  UnsupportedMediaType = 'COMMON_UNSUPPORTED_MEDIA_TYPE',
  NotFound = 'COMMON_NOT_FOUND',
  Unauthenticated = 'COMMON_UNAUTHENTICATED',
  Forbidden = 'COMMON_FORBIDDEN',
  TooManyRequests = 'COMMON_TOO_MANY_REQUESTS',
  ServiceUnavailable = 'COMMON_SERVICE_UNAVAILABLE',
  Internal = 'COMMON_INTERNAL',
}
