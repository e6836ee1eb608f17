import { Injectable } from '@nestjs/common';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import {
  THROTTLE_STATUS_COLUMNS,
  type ThrottleStatus,
  type ThrottleStatusRow,
  throttleCte,
  throttleStatusOf,
} from './sign-in-throttle-sql';
import { SignInThrottleRepository } from './sign-in-throttle.repository';

/** Prepared: asked first by each sign-in whose CAPTCHA is not valid (see SignInLookup). */
const THROTTLE_STATUS = {
  name: 'sign-in-throttle-status',
  text: `WITH ${throttleCte('$1')} SELECT ${THROTTLE_STATUS_COLUMNS}`,
};

@Injectable()
export class TypeOrmSignInThrottleRepository extends SignInThrottleRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async status(keys: string[]): Promise<ThrottleStatus> {
    const [row] = await this.context.rows<ThrottleStatusRow>(THROTTLE_STATUS, [keys]);
    return throttleStatusOf(row);
  }

  async recordFailure(
    key: string,
    memorySeconds: number,
    delayOf: (failures: number) => number,
  ): Promise<number> {
    // One upsert counts the failure atomically, whichever instance sees it.
    const [row] = (await this.context.manager().query(
      `INSERT INTO sign_in_throttle (key, failures, last_failure_at) VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN sign_in_throttle.last_failure_at < now() - $2 * interval '1 second'
                         THEN 1 ELSE sign_in_throttle.failures + 1 END,
         last_failure_at = now()
       RETURNING failures`,
      [key, memorySeconds],
    )) as { failures: number }[];
    const failures = row!.failures;
    const delay = delayOf(failures);
    if (delay > 0) {
      await this.context
        .manager()
        .query(
          `UPDATE sign_in_throttle SET blocked_until = now() + $2 * interval '1 second' WHERE key = $1`,
          [key, delay],
        );
    }
    return failures;
  }

  async forget(key: string): Promise<void> {
    await this.context.manager().query('DELETE FROM sign_in_throttle WHERE key = $1', [key]);
  }
}
