/** What a job run under a lock gives back: its result, or that another instance held the lock. */
export type LockedRun<T> = { ran: true; result: T } | { ran: false };

/**
 * Port: runs a job body while holding a PostgreSQL advisory lock named for the job, so that any
 * number of app instances (and the CLI) run it once at a time; the others skip at once.
 */
export abstract class JobLocks {
  abstract runExclusive<T>(job: string, work: () => Promise<T>): Promise<LockedRun<T>>;
}
