/** Names of the built-in presets; `custom` is any policy an admin edited. */
export type PasswordPolicyPreset = 'cnil-2022' | 'seed-002-classic' | 'nist-800-63b' | 'custom';

/** A workspace's password policy (PWD-1). */
export interface PasswordPolicy {
  preset: PasswordPolicyPreset;
  /** Minimum length in characters (code points). */
  minLength: number;
  /** Maximum length in characters; bounds the hashing work an attacker can ask for. */
  maxLength: number;
  /** How many of the 4 classes (lower, upper, digit, symbol) must appear; 0 = no composition rule. */
  requiredClasses: 0 | 1 | 2 | 3 | 4;
  /** Minimum entropy in bits, on the lower of the composition and realistic figures; 0 = none. */
  minEntropyBits: number;
  /** Minimum zxcvbn score (0–4); 0 = none. */
  minScore: 0 | 1 | 2 | 3 | 4;
  /** Refuse common passwords, dictionary words and the user's own context words. */
  blockList: boolean;
  /** How many of the last passwords (the current one included) cannot be set again; 0 = none. */
  historySize: number;
  /** Days after which a password must be changed; null = no expiry. */
  maxAgeDays: number | null;
  /** Minimum length when the user has a second factor (NIST 800-63B); null = `minLength`. */
  minLengthWithSecondFactor: number | null;
}

/** CNIL case 2 (password + access restriction: throttling, CAPTCHA): 50 bits of entropy. */
export const CNIL_RESTRICTED_ACCESS_MIN_BITS = 50;

/**
 * CNIL, deliberation 2022-100 (default). Sign-in is throttled and CAPTCHA-guarded, so this is the
 * recommendation's case 2, which asks for 50 bits of entropy instead of case 1's 80. The CNIL
 * reasons in entropy, not in a fixed composition; our reading: 12 characters and at least 2 of the
 * 4 classes, the smallest classes rule under which every password of the minimum length reaches
 * 50 bits by construction (12 × log2(36) ≈ 62 bits for lower case + digits; 12 digits alone would
 * be 39.9). The entropy rule then also measures what the user actually typed, and the strength
 * score (3) refuses what zxcvbn recognises. No periodic expiry: the 2022 recommendation dropped it
 * for users. History of 5 is our choice (not the CNIL's), so that a change is a real change.
 */
export const CNIL_2022: PasswordPolicy = Object.freeze({
  preset: 'cnil-2022',
  minLength: 12,
  maxLength: 128,
  requiredClasses: 2,
  minEntropyBits: CNIL_RESTRICTED_ACCESS_MIN_BITS,
  minScore: 3,
  blockList: true,
  historySize: 5,
  maxAgeDays: null,
  minLengthWithSecondFactor: null,
});

/**
 * Seed 002's "classic" strategy: a strong password of 8 characters of 3 of the 4 classes, changed
 * at least every 90 days. No entropy minimum: by construction it cannot promise the CNIL's 50 bits
 * (see `policyWarnings`). The score minimum is 2 because zxcvbn rates no 8-character password
 * above 2 (it counts 10⁸ guesses at most for 8 characters it cannot recognise).
 */
export const SEED_002_CLASSIC: PasswordPolicy = Object.freeze({
  preset: 'seed-002-classic',
  minLength: 8,
  maxLength: 128,
  requiredClasses: 3,
  minEntropyBits: 0,
  minScore: 2,
  blockList: true,
  historySize: 5,
  maxAgeDays: 90,
  minLengthWithSecondFactor: null,
});

/**
 * NIST SP 800-63B: 15 characters for a password used alone, 8 when it is one factor of two; no
 * composition rule, no periodic expiry, a block-list of common, expected or compromised values.
 * NIST sets no entropy or score minimum; the history of 1 only refuses setting the same password
 * again.
 */
export const NIST_800_63B: PasswordPolicy = Object.freeze({
  preset: 'nist-800-63b',
  minLength: 15,
  maxLength: 128,
  requiredClasses: 0,
  minEntropyBits: 0,
  minScore: 0,
  blockList: true,
  historySize: 1,
  maxAgeDays: null,
  minLengthWithSecondFactor: 8,
});

/** The built-in presets by name. */
export const PASSWORD_POLICY_PRESETS: Readonly<
  Record<Exclude<PasswordPolicyPreset, 'custom'>, PasswordPolicy>
> = Object.freeze({
  'cnil-2022': CNIL_2022,
  'seed-002-classic': SEED_002_CLASSIC,
  'nist-800-63b': NIST_800_63B,
});

/** The policy of a new workspace (PWD-2). */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = CNIL_2022;

/** The minimum length that applies to a user, who may have a second factor. */
export function effectiveMinLength(policy: PasswordPolicy, hasSecondFactor: boolean): number {
  if (hasSecondFactor && policy.minLengthWithSecondFactor !== null) {
    return Math.min(policy.minLength, policy.minLengthWithSecondFactor);
  }
  return policy.minLength;
}
