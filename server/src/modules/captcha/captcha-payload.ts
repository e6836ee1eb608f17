import type { Challenge, Solution } from 'altcha-lib';

/** A payload the widget produces is about 1 KB; the sign-in DTO accepts up to 4 KB. */
const MAX_PAYLOAD_LENGTH = 4_096;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** HMAC-SHA-256 in lowercase hex, as altcha-lib writes it: one spelling per challenge. */
const SIGNATURE = /^[0-9a-f]{64}$/;

/** A solved challenge as the widget sends it, with the fields the server relies on present. */
export interface SolvedChallenge {
  challenge: Challenge & { signature: string };
  solution: Solution;
  /** When the challenge stops being accepted (Unix seconds, signed with it). */
  expiresAt: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the widget's payload: base64 of `{"challenge":{"parameters","signature"},"solution"}`.
 * Null for anything else (missing, too long, not base64 or JSON, the widget's `test` mode, ALTCHA
 * v1 payloads, a challenge without expiry). The signature and solution are checked afterwards.
 */
export function parseCaptchaPayload(payload: unknown): SolvedChallenge | null {
  if (typeof payload !== 'string' || payload.length > MAX_PAYLOAD_LENGTH) return null;
  if (!BASE64.test(payload)) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
  } catch {
    return null;
  }
  if (!isRecord(decoded) || !isRecord(decoded.challenge) || !isRecord(decoded.solution))
    return null;
  const { parameters, signature } = decoded.challenge;
  if (!isRecord(parameters) || typeof signature !== 'string' || !SIGNATURE.test(signature)) {
    return null;
  }
  const { expiresAt } = parameters;
  if (typeof expiresAt !== 'number' || !Number.isSafeInteger(expiresAt)) return null;
  return {
    challenge: { parameters: parameters as unknown as Challenge['parameters'], signature },
    solution: decoded.solution as unknown as Solution,
    expiresAt,
  };
}
