import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Runs `work` and answers no sooner than `floorMs` after the start, whether it succeeded or
 * failed: where the speed of an answer could tell whether an account exists (IDV-3c, IDV-4), the
 * answer then takes the floor's time in both cases as long as the work fits under it.
 */
export async function withAnswerFloor<T>(floorMs: number, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    const left = floorMs - (performance.now() - started);
    if (left > 0) await sleep(left);
  }
}
