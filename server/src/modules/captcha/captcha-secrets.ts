import { deriveKey } from '../../core/crypto/derived-key';

/** The two HMAC secrets of the CAPTCHA, as altcha-lib takes them (strings). */
export interface CaptchaSecrets {
  /** Signs the challenge parameters, so that a client cannot ease or extend its challenge. */
  challengeSignature: string;
  /** Signs the expected derived key, so that verifying is one HMAC instead of a derivation. */
  keySignature: string;
}

/**
 * Derived from the master key (HKDF-SHA-256, one label per use) rather than configured apart:
 * one secret less to manage, and rotating the master key also invalidates pending challenges.
 */
export function deriveCaptchaSecrets(masterKey: Buffer): CaptchaSecrets {
  const derive = (label: string) => deriveKey(masterKey, `captcha/${label}`).toString('hex');
  return {
    challengeSignature: derive('challenge-signature'),
    keySignature: derive('key-signature'),
  };
}
