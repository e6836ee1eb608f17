/** What the throttle knows of an attempt's keys before it is made. */
export interface ThrottleStatus {
  /** The latest end of a block among the keys, when one is still running. */
  blockedUntil: Date | null;
  /** The keys with failures on record. */
  recorded: string[];
}

/**
 * The throttle's rows for the keys in parameter `keys` ($n, a text array), as a CTE named
 * `throttle`, for the repository and for the sign-in lookup's single statement.
 */
export function throttleCte(keys: string): string {
  return `throttle AS (
            SELECT key, CASE WHEN blocked_until > now() THEN blocked_until END AS until
              FROM sign_in_throttle WHERE key = ANY(${keys}))`;
}

/** SQL condition: none of the keys is blocked now (see {@link throttleCte}). */
export const NOT_THROTTLED = 'NOT EXISTS (SELECT 1 FROM throttle WHERE until IS NOT NULL)';

/** The columns that give the {@link ThrottleStatus} of the rows of {@link throttleCte}. */
export const THROTTLE_STATUS_COLUMNS = `(SELECT max(until) FROM throttle) AS "blockedUntil",
  ARRAY(SELECT key FROM throttle) AS "recorded"`;

/** The row of {@link THROTTLE_STATUS_COLUMNS}: the status itself, `undefined` without a row. */
export type ThrottleStatusRow = ThrottleStatus;

export function throttleStatusOf(row: ThrottleStatusRow | undefined): ThrottleStatus {
  return { blockedUntil: row?.blockedUntil ?? null, recorded: row?.recorded ?? [] };
}
