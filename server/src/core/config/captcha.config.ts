import { registerAs } from '@nestjs/config';
import { EnvironmentReader } from './environment-reader';

/**
 * Proof-of-work CAPTCHA (AUTH-3, ALTCHA v2 in deterministic mode). The server picks a secret
 * counter between half of `CAPTCHA_COMPLEXITY` and `CAPTCHA_COMPLEXITY`; the browser derives a key
 * for every counter from 0 up to it (PBKDF2-SHA-256 of `cost` iterations each), one worker per
 * core. With the altcha widget's own WebCrypto solver, one derivation takes about 0.55 ms on one
 * core here; a phone is up to twice slower per core and runs 4 workers, so the default (3,750
 * derivations on average) takes about a second. ALTCHA's example settings (cost 5,000, counter
 * 5,000–10,000) are ten times that. The server derives one key per challenge and verifies with
 * one HMAC.
 */
export const captchaConfig = registerAs('captcha', () => {
  const env = new EnvironmentReader();
  return {
    /** Bundled with the widget and native to browsers (SubtleCrypto); no extra worker to ship. */
    algorithm: 'PBKDF2/SHA-256' as const,
    /** PBKDF2 iterations per counter value. */
    cost: 1_000,
    /** Largest secret counter: the work asked of the browser grows linearly with it. */
    complexity: env.integer('CAPTCHA_COMPLEXITY', 5_000, { min: 1, max: 10_000_000 }),
    /** A challenge must be solved and used within this time. */
    ttlSeconds: env.integer('CAPTCHA_TTL_SECONDS', 600, { min: 10, max: 86_400 }),
  };
});

export type CaptchaConfig = ReturnType<typeof captchaConfig>;
