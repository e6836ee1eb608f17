import { ExpiringCache } from './expiring-cache';

describe(ExpiringCache.name, () => {
  afterEach(() => jest.useRealTimers());

  it('gives a value back until its time is up', () => {
    jest.useFakeTimers({ now: 0 });
    const cache = new ExpiringCache<string, number>(1_000);
    cache.set('a', 1);
    jest.setSystemTime(999);
    expect(cache.get('a')).toBe(1);
    jest.setSystemTime(1_000);
    expect(cache.get('a')).toBeUndefined();
  });

  it('forgets a deleted key at once', () => {
    const cache = new ExpiringCache<string, number>(60_000);
    cache.set('a', 1);
    cache.delete('a');
    expect(cache.get('a')).toBeUndefined();
  });

  it('keeps at most its size, dropping the oldest entry first', () => {
    const cache = new ExpiringCache<string, number>(60_000, 2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 3]);
  });
});
