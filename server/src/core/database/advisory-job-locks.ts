import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobLocks, type LockedRun } from './job-lock';

/**
 * `pg_try_advisory_lock` on a connection of its own, held while the job runs: the lock ends with
 * the session, so a crashed instance never leaves it behind.
 */
@Injectable()
export class AdvisoryJobLocks extends JobLocks {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async runExclusive<T>(job: string, work: () => Promise<T>): Promise<LockedRun<T>> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [row] = (await runner.query(
        `SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked`,
        [`guichet:job:${job}`],
      )) as { locked: boolean }[];
      if (!row?.locked) return { ran: false };
      try {
        return { ran: true, result: await work() };
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [
          `guichet:job:${job}`,
        ]);
      }
    } finally {
      await runner.release();
    }
  }
}
