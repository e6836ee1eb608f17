import { evaluatePassword } from './evaluate-password';
import type { PasswordContext } from './password-context';
import type { PasswordDictionaries } from './password-dictionaries';
import type { PasswordRuleResult } from './password-rule';
import type { PasswordPolicy } from './policy';

/**
 * The characters of temporary passwords, by class, without look-alikes: no 0/O/o, no 1/l/I, and
 * only symbols that read unambiguously and are typed without a dead key on AZERTY and QWERTY
 * keyboards (no ^ ~ ` ' " | \ , . ; :).
 */
export const TEMPORARY_PASSWORD_ALPHABET = {
  lower: 'abcdefghijkmnpqrstuvwxyz',
  upper: 'ABCDEFGHJKLMNPQRSTUVWXYZ',
  digit: '23456789',
  symbol: '!#$%&*+-=?@',
} as const;

const ALL = Object.values(TEMPORARY_PASSWORD_ALPHABET).join('');

/** 80 bits: the CNIL's figure for a password with no other protection, which a new one is. */
const TEMPORARY_PASSWORD_MIN_BITS = 80;
const MAX_ATTEMPTS = 50;

interface WebCrypto {
  getRandomValues<T extends Uint32Array>(array: T): T;
}

function webCrypto(): WebCrypto {
  const crypto = (globalThis as { crypto?: WebCrypto }).crypto;
  if (!crypto) throw new Error('globalThis.crypto.getRandomValues is needed (Node ≥ 20, browsers)');
  return crypto;
}

/** A uniform integer in [0, bound): rejection sampling, so that no value is favoured. */
function randomBelow(bound: number): number {
  const limit = Math.floor(0x1_0000_0000 / bound) * bound;
  const buffer = new Uint32Array(1);
  for (;;) {
    const value = webCrypto().getRandomValues(buffer)[0];
    if (value < limit) return value % bound;
  }
}

function pick(characters: string): string {
  return characters[randomBelow(characters.length)];
}

/** One candidate: one character of each class, the rest from the whole alphabet, shuffled. */
function draw(length: number): string {
  const characters = Object.values(TEMPORARY_PASSWORD_ALPHABET).map(pick);
  while (characters.length < length) characters.push(pick(ALL));
  for (let i = characters.length - 1; i > 0; i--) {
    const j = randomBelow(i + 1);
    [characters[i], characters[j]] = [characters[j], characters[i]];
  }
  return characters.join('');
}

function isPending(result: PasswordRuleResult): boolean {
  return 'pending' in result.params && result.params.pending;
}

/** Options of `generateTemporaryPassword`. */
export interface TemporaryPasswordOptions {
  /** Length in characters; by default the longest of the policy minimum and 80 bits' worth. */
  length?: number;
  /** With the dictionaries, candidates are drawn until one passes every rule of the policy. */
  dictionaries?: PasswordDictionaries;
  /** The user's context, so that the password cannot happen to contain their name. */
  context?: PasswordContext;
}

/**
 * A random temporary password (PWD-3) that meets the policy and reads unambiguously: all four
 * classes, no look-alike characters, at least 80 bits of real randomness (14 characters of a
 * 67-character alphabet). Uses `globalThis.crypto.getRandomValues`, in Node and in browsers.
 */
export function generateTemporaryPassword(
  policy: PasswordPolicy,
  options: TemporaryPasswordOptions = {},
): string {
  const needed = Math.ceil(TEMPORARY_PASSWORD_MIN_BITS / Math.log2(ALL.length));
  const length = Math.min(
    Math.max(options.length ?? Math.max(policy.minLength, needed), policy.minLength, 4),
    policy.maxLength,
  );
  const context = { ...options.context, hasSecondFactor: false };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const candidate = draw(length);
    const { results } = evaluatePassword(candidate, policy, context, options.dictionaries);
    // Without dictionaries the block-list and strength rules stay pending: the others must pass.
    if (results.every((result) => result.met || isPending(result))) return candidate;
  }
  throw new Error(`No temporary password met the policy in ${MAX_ATTEMPTS} attempts`);
}
