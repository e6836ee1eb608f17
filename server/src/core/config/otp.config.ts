import { registerAs } from '@nestjs/config';
import { EnvironmentReader } from './environment-reader';

/** One-time codes (OTP-1, OTP-2): 10 minutes by default (OWASP ASVS), at most 15 (seed 004). */
export const otpConfig = registerAs('otp', () => {
  const env = new EnvironmentReader();
  return {
    validMinutes: env.integer('OTP_VALID_MINUTES', 10, { min: 1, max: 15 }),
    maxAttempts: env.integer('OTP_MAX_ATTEMPTS', 5, { min: 1, max: 10 }),
    resendCooldownSeconds: env.integer('OTP_RESEND_COOLDOWN_S', 60, { min: 0, max: 3_600 }),
    /** Codes per recipient and per workspace per hour, against SMS pumping fraud. */
    hourlyCapPerRecipient: env.integer('OTP_HOURLY_CAP_RECIPIENT', 5, { min: 1, max: 1_000 }),
    hourlyCapPerWorkspace: env.integer('OTP_HOURLY_CAP_WORKSPACE', 200, { min: 1, max: 100_000 }),
    /** Codes per subject (an account, or an access code nobody holds) per hour. */
    hourlyCapPerSubject: env.integer('OTP_HOURLY_CAP_SUBJECT', 5, { min: 1, max: 1_000 }),
  };
});

export type OtpConfig = ReturnType<typeof otpConfig>;
