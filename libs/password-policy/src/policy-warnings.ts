import { smallestCharsetOf } from './character-classes';
import { CNIL_RESTRICTED_ACCESS_MIN_BITS, type PasswordPolicy } from './policy';

/**
 * The entropy a policy guarantees by construction: the shortest password it accepts, drawn from
 * the smallest alphabet its classes rule allows, on the composition model. 8 characters of 3 of
 * the 4 classes: 8 × log2(26 + 26 + 10) ≈ 47.6 bits. Without a classes rule, digits alone are
 * allowed (log2(10) per character).
 */
export function guaranteedEntropyBits(
  policy: PasswordPolicy,
  minLength = policy.minLength,
): number {
  return minLength * Math.log2(smallestCharsetOf(policy.requiredClasses));
}

/** Something the admin screen should say about a policy before it is saved. */
export type PolicyWarning =
  | {
      code: 'below-cnil-entropy';
      minLength: number;
      requiredClasses: number;
      guaranteedBits: number;
      cnilBits: number;
    }
  | { code: 'periodic-expiry'; maxAgeDays: number };

/**
 * Warnings for an admin: a policy whose minimum cannot promise the CNIL's 50 bits (seed 002's
 * classic 8 characters of 3 classes ≈ 47.6; NIST's 15 characters with no classes rule ≈ 49.8, as
 * 15 digits are allowed), and forced periodic changes, which the CNIL (2022) and NIST no longer
 * recommend because users then pick predictable variations. The second-factor length is not
 * compared: with two factors the password is no longer the CNIL's "password and restriction" case.
 */
export function policyWarnings(policy: PasswordPolicy): PolicyWarning[] {
  const warnings: PolicyWarning[] = [];
  const guaranteedBits = guaranteedEntropyBits(policy);
  if (guaranteedBits < CNIL_RESTRICTED_ACCESS_MIN_BITS) {
    warnings.push({
      code: 'below-cnil-entropy',
      minLength: policy.minLength,
      requiredClasses: policy.requiredClasses,
      guaranteedBits,
      cnilBits: CNIL_RESTRICTED_ACCESS_MIN_BITS,
    });
  }
  if (policy.maxAgeDays !== null) {
    warnings.push({ code: 'periodic-expiry', maxAgeDays: policy.maxAgeDays });
  }
  return warnings;
}
