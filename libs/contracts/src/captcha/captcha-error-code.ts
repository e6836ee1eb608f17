/** Errors of the proof-of-work CAPTCHA (AUTH-3). */
export enum CaptchaErrorCode {
  /** Missing, malformed, wrongly solved, expired or signed by someone else. */
  Invalid = 'CAPTCHA_INVALID',
  /** A solution already used once. */
  Replayed = 'CAPTCHA_REPLAYED',
}
