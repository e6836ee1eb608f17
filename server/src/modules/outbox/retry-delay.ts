/**
 * Exponential backoff with jitter: between half and all of base × 2^(attempt−1), capped.
 * Jitter spreads the retries of many messages that failed together (an SMTP outage) so that
 * they do not all hit the server again at the same instant when it comes back.
 */
export function retryDelay(
  attempt: number,
  policy: { backoffBaseMs: number; backoffMaxMs: number },
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(
    policy.backoffMaxMs,
    policy.backoffBaseMs * 2 ** Math.max(0, attempt - 1),
  );
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
