import type { SolutionClaim } from './captcha-solution.repository';

/**
 * The SQL that claims a solution, for the captcha repository and for statements that claim one
 * as part of a larger read (the sign-in lookup saves a round trip that way). Expiry is judged by
 * the database clock, the one that purges: a row is never deleted while an instance could still
 * accept its challenge. ON CONFLICT makes concurrent claims of one signature wait for each other,
 * and all but one insert nothing.
 *
 * `signature` and `expiresAt` are the statement's parameters ($n); `when` is an SQL condition
 * that must hold for the claim to happen.
 */
export function captchaClaimCtes(signature: string, expiresAt: string, when = 'true'): string {
  return `captcha_clock AS (SELECT ${expiresAt}::timestamptz > now() AS live),
          captcha_claimed AS (
            INSERT INTO captcha_solution (signature, expires_at)
            SELECT ${signature}, ${expiresAt} FROM captcha_clock WHERE captcha_clock.live AND (${when})
            ON CONFLICT (signature) DO NOTHING
            RETURNING 1)`;
}

/** The columns that tell what the claim of {@link captchaClaimCtes} did. */
export const CAPTCHA_CLAIM_COLUMNS = `(SELECT live FROM captcha_clock) AS "captchaLive",
  EXISTS (SELECT 1 FROM captcha_claimed) AS "captchaClaimed"`;

export interface CaptchaClaimRow {
  captchaLive: boolean | null;
  captchaClaimed: boolean;
}

export function claimOf(row: CaptchaClaimRow | undefined): SolutionClaim {
  if (!row?.captchaLive) return 'expired';
  return row.captchaClaimed ? 'accepted' : 'replayed';
}
