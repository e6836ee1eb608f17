import { Injectable } from '@nestjs/common';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import { SignInThrottleRepository } from './sign-in-throttle.repository';

/** Prepared: every sign-in asks first. */
const THROTTLE_STATUS = {
  name: 'sign-in-throttle-status',
  text: `SELECT key, CASE WHEN blocked_until > now() THEN blocked_until END AS until
           FROM sign_in_throttle WHERE key = ANY($1)`,
};

@Injectable()
export class TypeOrmSignInThrottleRepository extends SignInThrottleRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async status(keys: string[]): Promise<{ blockedUntil: Date | null; recorded: string[] }> {
    const rows = await this.context.rows<{ key: string; until: Date | null }>(THROTTLE_STATUS, [
      keys,
    ]);
    const until = rows.map((row) => row.until?.getTime() ?? 0).reduce((a, b) => Math.max(a, b), 0);
    return { blockedUntil: until ? new Date(until) : null, recorded: rows.map((row) => row.key) };
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
