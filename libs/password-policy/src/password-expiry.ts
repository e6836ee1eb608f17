import type { PasswordPolicy } from './policy';

const DAY_MS = 24 * 60 * 60 * 1000;

/** When a password set at `setAt` expires under the policy; null when the policy has no expiry. */
export function passwordExpiresAt(setAt: Date, policy: PasswordPolicy): Date | null {
  if (policy.maxAgeDays === null) return null;
  return new Date(setAt.getTime() + policy.maxAgeDays * DAY_MS);
}

/**
 * Whether a password set at `setAt` must be changed at `now` (PWD-5): from the moment it is
 * `maxAgeDays` × 24 h old. Days are 24-hour periods, not calendar days, so a change of daylight
 * saving time or of the server's time zone moves nothing.
 */
export function isExpired(setAt: Date, policy: PasswordPolicy, now: Date): boolean {
  const expiresAt = passwordExpiresAt(setAt, policy);
  return expiresAt !== null && now.getTime() >= expiresAt.getTime();
}
