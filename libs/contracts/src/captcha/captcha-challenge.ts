/**
 * `GET /api/captcha/challenge` (AUTH-3): an ALTCHA proof-of-work v2 challenge, the JSON the
 * `altcha` widget v3 fetches from its `challenge` URL. The widget answers with a payload: base64 of
 * `{"challenge":{"parameters":…,"signature":…},"solution":{"counter":…,"derivedKey":…,"time":…}}`,
 * which the client sends as the `captcha` field of the protected request.
 */
export interface CaptchaChallenge {
  /** Signed as a whole: changing any field invalidates the challenge. */
  parameters: CaptchaChallengeParameters;
  /** HMAC-SHA-256 of the parameters (hex), by a key only the server knows. */
  signature: string;
}

/** What the widget needs to solve the challenge (field names fixed by the ALTCHA protocol). */
export interface CaptchaChallengeParameters {
  /** Key derivation function, e.g. `PBKDF2/SHA-256` (bundled with the widget). */
  algorithm: string;
  /** Random hex; with the counter, the password given to the key derivation. */
  nonce: string;
  /** Random hex salt of the key derivation. */
  salt: string;
  /** Work factor of one key derivation (PBKDF2 iterations). */
  cost: number;
  /** Derived key length in bytes. */
  keyLength: number;
  /** Hex prefix the derived key of the secret counter starts with. */
  keyPrefix: string;
  /** HMAC of the expected derived key, so that the server verifies without deriving again. */
  keySignature?: string;
  memoryCost?: number;
  parallelism?: number;
  /** Unix time in seconds after which the challenge is refused. */
  expiresAt?: number;
  data?: Record<string, string | number | boolean | null>;
}
