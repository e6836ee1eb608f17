import type { Transactions } from '../transactions';

/**
 * Transactions for unit tests: the work runs between a 'begin' and a 'commit' pushed onto
 * `steps`, so that a test can see which effects ran inside the transaction, in which order.
 */
export function recordedTransactions(steps: string[]): Transactions {
  return {
    run: async <T>(work: () => Promise<T>) => {
      steps.push('begin');
      const result = await work();
      steps.push('commit');
      return result;
    },
  };
}
