/** What became of a solution submitted for use. */
export type SolutionClaim = 'accepted' | 'replayed' | 'expired';

/** Port: the solutions already used, kept until their challenge expires (shared by all instances). */
export abstract class CaptchaSolutionRepository {
  /**
   * Marks the solution of the challenge with this signature as used. One statement decides and
   * commits at once, whatever transaction the caller is in: of any number of concurrent claims,
   * on any instance, exactly one is `accepted`. `expired` when the database clock says so.
   */
  abstract claim(signature: string, expiresAt: Date): Promise<SolutionClaim>;

  /** Forgets up to `limit` solutions whose challenge has expired; gives how many. */
  abstract purgeExpired(limit: number): Promise<number>;
}
