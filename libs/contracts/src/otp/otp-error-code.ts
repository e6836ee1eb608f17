/** Errors of one-time codes (OTP-1, OTP-2). */
export enum OtpErrorCode {
  /** A code was sent less than the cooldown ago: wait `Retry-After` seconds. */
  Cooldown = 'OTP_COOLDOWN',
  /** Too many codes to this number or in this firm in the last hour (SMS pumping guard). */
  CapReached = 'OTP_CAP_REACHED',
}
