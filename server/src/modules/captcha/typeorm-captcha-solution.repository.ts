import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryPrepared } from '../../core/database/prepared-statement';
import { CaptchaSolutionRepository, type SolutionClaim } from './captcha-solution.repository';

/** Prepared: every sign-in claims one (see `claim` for how it reads). */
const CLAIM = {
  name: 'claim-captcha-solution',
  text: `WITH clock AS (SELECT $2::timestamptz > now() AS live),
              claimed AS (
                INSERT INTO captcha_solution (signature, expires_at)
                SELECT $1, $2 FROM clock WHERE clock.live
                ON CONFLICT (signature) DO NOTHING
                RETURNING 1)
         SELECT (SELECT live FROM clock) AS live, EXISTS (SELECT 1 FROM claimed) AS claimed`,
};

/**
 * Uses the data source directly, not the caller's transaction (EntityManagerContext) on purpose:
 * a solution must stay used even when the action it protected rolls back, or a failed sign-in
 * would hand the same CAPTCHA back for the next password guess.
 */
@Injectable()
export class TypeOrmCaptchaSolutionRepository extends CaptchaSolutionRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async claim(signature: string, expiresAt: Date): Promise<SolutionClaim> {
    // Expiry is judged by the database clock, the same one that purges: a row is never deleted
    // while an instance could still accept its challenge. ON CONFLICT makes concurrent claims of
    // one signature wait for each other and all but one insert nothing.
    const [row] = await queryPrepared<{ live: boolean; claimed: boolean }>(this.dataSource, CLAIM, [
      signature,
      expiresAt,
    ]);
    if (!row?.live) return 'expired';
    return row.claimed ? 'accepted' : 'replayed';
  }

  async purgeExpired(limit: number): Promise<number> {
    // SKIP LOCKED: instances purging at the same moment share the work instead of waiting.
    const [, deleted] = (await this.dataSource.query(
      `DELETE FROM captcha_solution
        WHERE signature IN (SELECT signature FROM captcha_solution
                             WHERE expires_at < now()
                             ORDER BY expires_at
                             LIMIT $1
                             FOR UPDATE SKIP LOCKED)`,
      [limit],
    )) as [unknown[], number];
    return deleted;
  }
}
