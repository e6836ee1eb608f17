/** Ways to prove the second factor at sign-in (AUTH-8). */
export type SecondFactorMethod = 'totp' | 'sms' | 'recovery';

/** Present on a session that still waits for its second factor (`nextStep: 'second-factor'`). */
export interface SecondFactorChallenge {
  methods: SecondFactorMethod[];
  /** The profile's mobile, masked (`+33 6 •• •• •• 10`), when SMS is offered. */
  maskedMobile: string | null;
}

/** Body of `POST /api/auth/second-factor/verify`. */
export interface SecondFactorVerifyRequest {
  method: SecondFactorMethod;
  /** 6 digits (TOTP, SMS) or a recovery code. */
  code: string;
}
