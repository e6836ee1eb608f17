import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryPrepared } from '../../core/database/prepared-statement';
import {
  CAPTCHA_CLAIM_COLUMNS,
  type CaptchaClaimRow,
  captchaClaimCtes,
  claimOf,
} from './captcha-claim-sql';
import { CaptchaSolutionRepository, type SolutionClaim } from './captcha-solution.repository';

/** Prepared: every protected form claims one. */
const CLAIM = {
  name: 'claim-captcha-solution',
  text: `WITH ${captchaClaimCtes('$1', '$2')} SELECT ${CAPTCHA_CLAIM_COLUMNS}`,
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
    const [row] = await queryPrepared<CaptchaClaimRow>(this.dataSource, CLAIM, [
      signature,
      expiresAt,
    ]);
    return claimOf(row);
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
