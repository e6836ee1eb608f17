import type { ThrottleStatus } from './sign-in-throttle-sql';

/** Port: failure counts per throttle key, shared by every app instance. */
export abstract class SignInThrottleRepository {
  /**
   * The latest `blocked_until` among the keys, if any is in the future, and which keys have
   * failures on record.
   */
  abstract status(keys: string[]): Promise<ThrottleStatus>;

  /**
   * Counts one more failure for the key (forgetting failures older than `memorySeconds`) and
   * blocks it for `delayOf(failures)` seconds; gives the new count.
   */
  abstract recordFailure(
    key: string,
    memorySeconds: number,
    delayOf: (failures: number) => number,
  ): Promise<number>;

  abstract forget(key: string): Promise<void>;
}
