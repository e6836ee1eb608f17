/** Errors of SMS sending that a caller can act on. */
export enum SmsErrorCode {
  /** Not a valid mobile number (libphonenumber), or not a mobile at all. */
  InvalidPhoneNumber = 'SMS_INVALID_PHONE_NUMBER',
  /** The text would take more segments than the configured maximum. */
  TooLong = 'SMS_TOO_LONG',
}
