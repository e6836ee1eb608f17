import { retryDelay } from './retry-delay';

describe('retryDelay', () => {
  const policy = { backoffBaseMs: 1_000, backoffMaxMs: 60_000 };

  it('doubles the ceiling at each attempt, between half and all of it', () => {
    expect(retryDelay(1, policy, () => 0)).toBe(500);
    expect(retryDelay(1, policy, () => 1)).toBe(1_000);
    expect(retryDelay(4, policy, () => 0)).toBe(4_000);
    expect(retryDelay(4, policy, () => 1)).toBe(8_000);
  });

  it('never waits longer than the maximum', () => {
    expect(retryDelay(30, policy, () => 1)).toBe(60_000);
  });
});
