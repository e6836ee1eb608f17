import type { PasswordRuleResult } from './password-rule';
import type { PasswordPolicy } from './policy';

/**
 * Whether the new password is the one behind a stored hash. The server passes argon2's verify
 * bound to the new password, so this library never needs a hashing library.
 */
export type PasswordHashMatcher = (hash: string) => Promise<boolean>;

/**
 * Checks a new password against the user's stored hashes, newest first, the current password's
 * included.
 */
export type PasswordHistoryCheck = (
  recentHashes: readonly string[],
  policy: PasswordPolicy,
  matches: PasswordHashMatcher,
) => Promise<Extract<PasswordRuleResult, { rule: 'not-recent' }>>;

/**
 * The history rule: the new password must match none of the `historySize` newest hashes. Hashes
 * are tried one at a time, newest first, stopping at the first match, because each verification
 * costs tens of milliseconds of memory-hard hashing.
 */
export const checkPasswordHistory: PasswordHistoryCheck = async (recentHashes, policy, matches) => {
  const params = { historySize: policy.historySize };
  for (const hash of recentHashes.slice(0, Math.max(policy.historySize, 0))) {
    if (await matches(hash)) return { rule: 'not-recent', met: false, params };
  }
  return { rule: 'not-recent', met: true, params };
};
