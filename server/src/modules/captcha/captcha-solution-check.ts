import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SolvedChallenge } from './captcha-payload';
import type { CaptchaSecrets } from './captcha-secrets';

/** What the check of a solution found. */
export type SolutionVerdict = 'valid' | 'expired' | 'wrong';

const DERIVED_KEY = /^(?:[0-9a-f]{2})+$/;
const MAX_COUNTER = 0xffff_ffff;

/**
 * ALTCHA v2's verification of a solution to one of our challenges, as altcha-lib's
 * `verifySolution` makes it on the key-signature path: the expiry, the signature of the
 * parameters, the shape of the solution, then the signature of the derived key. Two HMACs with
 * node:crypto, synchronously: altcha-lib makes four WebCrypto calls instead, each a round trip
 * through libuv's thread pool (which then also computed the argon2id hashes of concurrent
 * sign-ins), and costs about ten times the CPU. The unit spec checks that both agree.
 */
export function checkSolution(
  solved: SolvedChallenge,
  secrets: CaptchaSecrets,
  nowSeconds = Date.now() / 1_000,
): SolutionVerdict {
  const { parameters, signature } = solved.challenge;
  if (solved.expiresAt < nowSeconds) return 'expired';
  if (!sameText(signature, hmacHex(secrets.challengeSignature, canonicalJson(parameters)))) {
    return 'wrong';
  }
  const { derivedKey, counter } = solved.solution as { derivedKey?: unknown; counter?: unknown };
  if (typeof derivedKey !== 'string' || !DERIVED_KEY.test(derivedKey)) return 'wrong';
  if (typeof counter !== 'number' || !Number.isInteger(counter)) return 'wrong';
  if (counter < 0 || counter > MAX_COUNTER) return 'wrong';
  // Every challenge this server issues signs its key, so the key never has to be derived again.
  const { keySignature } = parameters as { keySignature?: unknown };
  if (typeof keySignature !== 'string') return 'wrong';
  const expected = hmacHex(secrets.keySignature, Buffer.from(derivedKey, 'hex'));
  return sameText(keySignature, expected) ? 'valid' : 'wrong';
}

/** The parameters as altcha-lib signs them: JSON with keys sorted at every level. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(sortedKeys(value));
}

function sortedKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, item]) => [key, sortedKeys(item)]));
}

/** HMAC-SHA-256 in lowercase hex; the secret string's UTF-8 bytes are the key, as in altcha-lib. */
function hmacHex(secret: string, data: string | Buffer): string {
  return createHmac('sha256', secret).update(data).digest('hex');
}

function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
